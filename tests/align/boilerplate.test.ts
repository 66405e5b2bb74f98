import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/align/boilerplate.js';

describe('isBoilerplate', () => {
  it('recognises mastheads, stamps, bylines, agencies and credits', () => {
    for (const line of ['CHINA DAILY', 'Published', 'Updated: 2025-09-05 07:26', 'By Wang Lei in Shanghai', 'Xinhua', 'Photo: Li Ming', 'WANG XIAO/FOR CHINA DAILY']) {
      expect(isBoilerplate(line, 'en'), line).toBe(true);
    }
    for (const line of ['责任编辑：王芳', '来源：人民日报', '李明 摄']) expect(isBoilerplate(line, 'zh'), line).toBe(true);
  });

  it('leaves sentences, headlines and long lines alone', () => {
    for (const line of ['Published reports say otherwise.', 'China, North Korea vow to consolidate ties', 'By the river stood a mill where the old miller worked', 'Chapter Four', 'He said: "XINHUA".']) {
      expect(isBoilerplate(line, 'en'), line).toBe(false);
    }
    for (const line of ['记者会上，他说了很多。', '习近平同金正恩举行会谈']) expect(isBoilerplate(line, 'zh'), line).toBe(false);
  });
});
