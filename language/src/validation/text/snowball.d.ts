// The Snowball stemmer files of NLP.js (lemma.ts) ship no type declarations.
declare module '@nlpjs/lang-en-min/src/stemmer-en.js' {
    const Stemmer: new () => { stemWord(word: string): string };
    export default Stemmer;
}
declare module '@nlpjs/lang-fr/src/stemmer-fr.js' {
    const Stemmer: new () => { stemWord(word: string): string };
    export default Stemmer;
}
declare module '@nlpjs/lang-de/src/stemmer-de.js' {
    const Stemmer: new () => { stemWord(word: string): string };
    export default Stemmer;
}
