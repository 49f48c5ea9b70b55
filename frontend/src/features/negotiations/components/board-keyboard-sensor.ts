import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';

/** The keys dnd-kit's keyboard sensor acts on while a card is held. */
const DRAG_KEYS = new Set(['Space', 'Enter', 'Escape', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/**
 * dnd-kit's keyboard sensor starts listening for the keys of a drag only in a `setTimeout`
 * after the pick-up (so the Space that picked the card up does not drop it at once). On a busy
 * main thread that timer fires 100 ms and more after the board has announced the pick-up, and a
 * → pressed on hearing the announcement was lost: the card stayed over its own column.
 * This sensor holds the drag keys pressed in that gap and sends them again once dnd-kit listens.
 */
export class PromptKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    super(props);
    const target = props.event.target;
    const document = target instanceof Node ? (target.ownerDocument ?? target) : undefined;
    if (!(document instanceof Document)) return;
    const held: KeyboardEvent[] = [];
    const hold = (event: KeyboardEvent) => {
      if (event === props.event || !DRAG_KEYS.has(event.code)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push(event);
    };
    document.addEventListener('keydown', hold, true);
    // Queued after the super constructor's timer, so this runs once dnd-kit listens.
    setTimeout(() => {
      document.removeEventListener('keydown', hold, true);
      for (const event of held) {
        const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
        (event.target ?? document).dispatchEvent(
          new KeyboardEvent('keydown', { key, code, shiftKey, ctrlKey, altKey, metaKey, bubbles: true, cancelable: true }),
        );
      }
    });
  }
}
