import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ListPane } from '../../src/ui/components/ListPane.js';
import { seg } from '../../src/ui/lines.js';

describe('a long list', () => {
  it('builds only the rows in view, with the selection among them', () => {
    const built: number[] = [];
    const row = (i: number) => {
      built.push(i);
      return [seg(`row ${i}`)];
    };
    const app = render(<ListPane header={[seg('header')]} count={5000} row={row} selected={2500} width={30} height={21} focused />);
    expect(built.length).toBe(20);
    expect(built).toContain(2500);
    expect(app.lastFrame()).toContain('row 2500');
    expect(app.lastFrame()!.split('\n')).toHaveLength(21);
    app.unmount();
  });
});
