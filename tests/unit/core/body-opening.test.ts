// Metadata printed where old portals and reposted essays put it, without
// labels: the writer's name alone under the headline, a dateline naming the
// outlet, a closing "——《刊名》1996年3月号", a bracketed name between the date
// and 来源. Each rule has a page it must read and a look-alike it must not.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/index.ts';
import { page } from './fixtures.ts';

const HEAD = '<meta charset="utf-8"><title>路在脚下</title>';

/** An essay cut into lines by <br>, as reposted essays and forum copies are. */
function essay(opening: string, closing = ''): Document {
  const lines = [
    '我们知道，任何一种理论都有它产生的背景，也有它适用的范围，离开了具体条件去谈论它，往往得不出有益的结论。',
    '回顾过去几十年的经验，可以发现，稳步推进的办法虽然见效较慢，却往往比激进的办法更能积累成果，也更能得到多数人的支持。',
    '因此，讨论道路问题，首先要弄清楚我们处在什么样的条件之下，其次要看清楚各种办法的代价和收益，然后才谈得上选择。',
    '如果我们采取这种坚韧不拔、稳步推进的策略，我们就会发现，很多看似遥远的目标，其实并不遥远，只要方向对了，路总是人走出来的。',
  ];
  return page(
    `<p align="center"><strong>路在脚下</strong></p><hr><p>${opening}<br>${lines.join('<br>\n')}<br>${closing}</p>`,
    HEAD,
  );
}

const metadataOf = (doc: Document) => analyze(doc).metadata;

describe('a name alone under the headline', () => {
  it('is the author when it reads as a name (common surname, two or three characters)', () => {
    expect(metadataOf(essay('周明远<br><br>')).author).toBe('周明远');
  });

  it('is found after a repeat of the headline', () => {
    expect(metadataOf(essay('路在脚下<br>王帆<br>')).author).toBe('王帆');
  });

  it.each([
    ['a section head', '前言'],
    ['a four-character phrase', '高歌猛进'],
    ['a place', '广州市'],
    ['a word without a common surname', '序曲'],
    ['a column word that starts like a surname', '党建'],
  ])('is not taken when it is %s', (_kind, line) => {
    expect(metadataOf(essay(`${line}<br>`)).author).toBeNull();
  });

  it('is not taken from a menu link between headline and body', () => {
    const doc = page(
      `<h1>路在脚下</h1><div><a href="/a">史林</a></div><div><a href="/b">高峰</a></div>
       <div class="content"><p>${'我们知道，任何一种理论都有它产生的背景，也有它适用的范围，离开了具体条件去谈论它，往往得不出有益的结论。'.repeat(3)}</p></div>`,
      HEAD,
    );
    expect(metadataOf(doc).author).toBeNull();
  });

  it('is not taken from the middle of the body', () => {
    expect(metadataOf(essay('', '<br>周明远')).author).toBeNull();
  });
});

describe('a dateline opening the body', () => {
  it('names the source', () => {
    expect(metadataOf(essay('【某某网2005年07月03日报道】')).source).toBe('某某网');
  });

  it('"本报" names nobody', () => {
    expect(metadataOf(essay('【本报2005年07月03日讯】')).source).toBeNull();
  });
});

describe('a closing dash and journal issue', () => {
  it('names the source when the issue is given', () => {
    expect(metadataOf(essay('', '——《某某之春》1996年3月号')).source).toBe('某某之春');
    expect(metadataOf(essay('', '——原载《某某研究》2003年第5期')).source).toBe('某某研究');
  });

  it('is a quotation, not a source, without the issue', () => {
    expect(metadataOf(essay('', '——《论语》')).source).toBeNull();
  });
});

describe('a bracketed name between the date and 来源', () => {
  const withLine = (line: string) =>
    page(
      `<h1>路在脚下</h1><div class="info">${line}</div>
       <div class="content"><p>${'我们知道，任何一种理论都有它产生的背景，也有它适用的范围，离开了具体条件去谈论它，往往得不出有益的结论。'.repeat(3)}</p></div>`,
      HEAD,
    );

  it('is the author', () => {
    expect(metadataOf(withLine('2004年7月16日08:19 [ 黄明 ]  来源：[ 某某报 ]'))).toMatchObject({ author: '黄明', source: '某某报' });
  });

  it('is a tag when it is not a name, and needs the date before it', () => {
    expect(metadataOf(withLine('2004年7月16日08:19 [ 组图 ]  来源：[ 某某报 ]')).author).toBeNull();
    expect(metadataOf(withLine('[ 黄明 ]  来源：[ 某某报 ]')).author).toBeNull();
  });
});
