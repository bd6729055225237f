// Which operations each power may take (R5), for the design target "every action has a use":
// an operation a power cannot take must not count as one it never uses.
import { OPERATIONS, type ByPower, type Operation, type Power } from '../rules/index.js';

/** R5.5: only China invests; R5.6, R5.7: China cannot destabilise or stabilise. Place and diplomacy are anyone's. */
function mayTake(power: Power, operation: Operation): boolean {
  switch (operation) {
    case 'invest':
      return power === 'china';
    case 'stabilise':
    case 'destabilise':
      return power !== 'china';
    case 'place':
    case 'diplomacy':
      return true;
  }
}

/** Each power's operations, in the kernel's order of OPERATIONS. */
export const OPERATIONS_OF: ByPower<readonly Operation[]> = {
  russia: operationsOf('russia'),
  turkey: operationsOf('turkey'),
  china: operationsOf('china'),
};

function operationsOf(power: Power): readonly Operation[] {
  return OPERATIONS.filter((operation) => mayTake(power, operation));
}
