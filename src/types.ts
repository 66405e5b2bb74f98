// The model's types, at the path modules outside the model layer have always imported them from.
export * from './model/types.js';
