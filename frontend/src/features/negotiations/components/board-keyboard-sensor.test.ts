// @vitest-environment jsdom
import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PromptKeyboardSensor } from './board-keyboard-sensor';

type Sensor = new (props: KeyboardSensorProps) => unknown;

/** Picks a card up with Space on its handle, presses → at once, and says where the card was moved to. */
function pickUpAndPressRightAtOnce(Sensor: Sensor) {
  const handle = document.createElement('button');
  document.body.append(handle);
  handle.focus();
  const onMove = vi.fn();
  const pickUp = new KeyboardEvent('keydown', { code: 'Space', key: ' ', bubbles: true });
  handle.dispatchEvent(pickUp);
  new Sensor({
    active: 1,
    activeNode: { id: 1, key: 'card', node: { current: null }, activatorNode: { current: handle }, data: { current: {} } },
    event: pickUp,
    context: { current: { collisionRect: null, scrollableAncestors: [] } } as unknown as KeyboardSensorProps['context'],
    options: { coordinateGetter: (event) => (event.code === 'ArrowRight' ? { x: 232, y: 0 } : undefined) },
    onStart: vi.fn(),
    onMove,
    onEnd: vi.fn(),
    onCancel: vi.fn(),
    onAbort: vi.fn(),
    onPending: vi.fn(),
  });
  // Before dnd-kit's own timer has run, as when the main thread is busy with the pick-up.
  handle.dispatchEvent(new KeyboardEvent('keydown', { code: 'ArrowRight', key: 'ArrowRight', bubbles: true, cancelable: true }));
  vi.runAllTimers();
  handle.remove();
  return onMove;
}

describe('PromptKeyboardSensor', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loses no arrow pressed before dnd-kit listens for the keys of the drag', () => {
    expect(pickUpAndPressRightAtOnce(PromptKeyboardSensor)).toHaveBeenCalledWith({ x: 232, y: 0 });
  });

  it('is needed: dnd-kit alone drops such a key', () => {
    expect(pickUpAndPressRightAtOnce(KeyboardSensor)).not.toHaveBeenCalled();
  });
});
