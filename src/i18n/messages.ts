/** The shape every locale must have: the English messages, with any string in each leaf. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
