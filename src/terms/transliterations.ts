/**
 * Foreign names written in Chinese characters by sound (蓬佩奥 Pompeo, 泽连斯基 Zelensky), which no
 * dictionary can list in full: runs of the characters that transliteration uses, not made of
 * ordinary words.
 */
import { hanRuns } from '../lang/script.js';
import { type Dictionary, dictionaryWords } from './dictionary.js';

/** Characters of the standard transliteration tables for foreign names (the common ones). */
const SOUND_CHARACTERS = new Set([
  ...'阿埃艾爱安昂奥澳巴拔芭白拜班邦保鲍贝本比彼毕宾滨波博伯勃布查达戴丹道德邓迪蒂丁东杜多厄恩尔法凡菲费芬丰冯佛弗福夫盖甘冈高戈哥格根古瓜圭哈海汉豪赫黑亨洪胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉连列林琳龙卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米密敏摩莫默姆穆纳娜奈南瑙内尼宁纽努诺欧帕派潘庞佩彭蓬朋皮匹珀普齐奇恰乔切钦丘琼萨塞桑瑟森沙莎山尚什舍施史斯松苏索塔泰坦汤唐陶特提廷图托瓦万旺威韦维温翁沃乌伍西希夏肖谢辛休雅亚扬耶伊因英尤于约泽扎詹兹佐',
]);

/**
 * Runs of three or more transliteration characters (two at the end of a name after ·), whose
 * dictionary words are names or none: 蓬佩奥 in 国务卿蓬佩奥表示, not 阿拉伯 (a dictionary name the
 * dictionary path handles) nor 普通 (an ordinary word).
 */
export function transliteratedNames(source: string, dictionary: Dictionary): string[] {
  const names: string[] = [];
  for (const match of hanRuns(source)) {
    let from = 0;
    const run = match[0];
    for (let to = 0; to <= run.length; to++) {
      if (to < run.length && SOUND_CHARACTERS.has(run[to])) continue;
      const candidate = run.slice(from, to);
      from = to + 1;
      if (candidate.length < 3 || dictionary.senses(candidate)) continue;
      if (dictionaryWords(dictionary, candidate).some(({ word }) => word.length >= 2)) continue;
      names.push(candidate);
    }
  }
  return names;
}
