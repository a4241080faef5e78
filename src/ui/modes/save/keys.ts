import { b, ENTER, ESC, type ModeKeys } from '../../keys/words.js';

/** The save box's keys: letters are the file's name (its editing keys are the text boxes', in finder/keys.ts). */
export const SAVE_KEYS: ModeKeys = {
  titles: {
    save: { en: 'Save box', zh: '保存框' },
    saveReplace: { en: 'Replacing a file', zh: '替换文件' },
  },
  modes: { save: ['save'], saveReplace: ['saveReplace'] },
  bindings: [
    b('choose', ['save'], [ENTER], 'Enter', 'save to this file', '保存到此文件', { en: 'save', zh: '保存' }),
    b('close', ['save'], [ESC], 'Esc', 'cancel: nothing is written', '取消，不写入任何内容', { en: 'cancel', zh: '取消' }),
    b('confirm', ['saveReplace'], [{ input: 'y' }], 'y', 'replace the file', '替换该文件', { en: 'replace', zh: '替换' }),
    b('close', ['saveReplace'], [{ input: 'n' }, ESC], 'n Esc', 'keep the file as it is; back to the name', '保留原文件，返回修改文件名', {
      en: 'keep',
      zh: '保留',
    }),
  ],
};
