/**
 * A value kept beside an object the bridge did not make (a read model, a message): a private
 * field added to it. A constructor that returns another object makes that object the `this` of
 * the derived class, so its field initialisers add the private field there. A private field is
 * no property (Object.keys, Reflect.ownKeys, JSON, structuredClone and equality checks do not see
 * it) and goes away with the object.
 *
 * Not a WeakMap: an entry whose key and value are young objects costs the scavenger more than
 * the work that made them — it keeps the value (a whole model, or its walk) alive and promotes it
 * to the old space, even once the key is gone. Needs native private fields (tsconfig target
 * ES2022 or later: an older target compiles them back into WeakMaps).
 */
export interface Beside<T> {
  get(o: object): T | undefined;
  set(o: object, value: T): void;
}

class Returns {
  constructor(o: object) {
    return o;
  }
}

/** A new slot: each call makes a class of its own, so each slot is a private name of its own. */
export function besideSlot<T>(): Beside<T> {
  class Slot extends Returns {
    #value: T;

    constructor(o: object, value: T) {
      super(o);
      this.#value = value;
    }

    static get(o: object): T | undefined {
      return #value in o ? (o as Slot).#value : undefined;
    }

    static set(o: object, value: T): void {
      if (#value in o) (o as Slot).#value = value;
      else new Slot(o, value);
    }
  }
  return { get: Slot.get, set: Slot.set };
}
