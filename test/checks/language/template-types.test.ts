import { describeCheck } from '../../check-tester.js';

const LIBRARY = `template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):
  requirement curfew, at address, from start to end, on every day, for length.
`;

describeCheck('template-types', {
    valid: [
        { name: 'a well-typed use', code: `${LIBRARY}order "A".\nin force for 6 months.\napply home-curfew with address "1 Road", start 20:00, length 2 months.\n` },
        { name: 'a template whose defaults and uses match their types', code: LIBRARY }
    ],
    invalid: [
        {
            name: 'an argument of the wrong type, a parameter given twice, and a parameter without a value',
            code: `${LIBRARY}order "A".\nin force for 6 months.\napply home-curfew with start "seven", length 4 months.\napply home-curfew with address "1 Road", address "2 Road".\n`,
            findings: [
                { messageId: 'missing', range: '5:7-5:18', rules: [], covered: 'home-curfew', severity: 'error', message: "Template 'home-curfew' needs a value for 'address': add e.g. `with address …`" },
                { messageId: 'argumentType', range: '5:30-5:37', rules: [], covered: '"seven"', message: "'start' takes a time (19:00)" },
                { messageId: 'givenTwice', range: '6:42-6:58', rules: [], covered: 'address "2 Road"', message: "'address' is given twice: keep one value" }
            ]
        },
        {
            name: 'a default and uses inside the body that do not match the parameter type',
            code: 'template t(place: text = 4 months, length: duration):\n  requirement residence, at length, for place.\n',
            findings: [
                { messageId: 'defaultType', range: '1:26-1:34', rules: [], covered: '4 months', message: "The default of 'place' is not of its type: write quoted text (\"…\")" },
                { messageId: 'refType', range: '2:29-2:35', rules: [], covered: 'length', message: "'length' is a duration parameter, but this place needs quoted text (\"…\")" },
                { messageId: 'refType', range: '2:41-2:46', rules: [], covered: 'place', message: "'place' is a text parameter, but this place needs a duration (6 months)" }
            ]
        }
    ]
});
