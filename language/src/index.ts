export * from './sanction-module.js';
export * from './generated/ast.js';
export * from './core/check.js';
export * from './core/config.js';
export * from './core/finding.js';
export * from './model/order-model.js';
export * from './model/requirement-kinds.js';
export * from './model/values.js';
export { ALL_CHECKS, checkById } from './validation/checks/index.js';
