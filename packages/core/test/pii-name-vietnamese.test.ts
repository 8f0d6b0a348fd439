import { describe, expect, it } from 'vitest';
import { vietnameseNameSpans } from '../src/pii/name-vietnamese.ts';

const names = (text: string) => vietnameseNameSpans(text).map((s) => text.slice(s.start, s.end));

describe('Vietnamese full names (name-vietnamese.ts)', () => {
  it.each([
    ['Chủ hợp đồng Đỗ Ngọc Ánh.', 'Đỗ Ngọc Ánh'],
    ['Họ tên Bùi Văn Hùng, ngày sinh 01/07/1975', 'Bùi Văn Hùng'],
    ['Shipper Le Thu Ha de hang o cong', 'Le Thu Ha'],
    ['Nguyen Van An called twice', 'Nguyen Van An'],
    ['gửi cho nguyễn thị mai nhé', 'nguyễn thị mai'],
    ['Hà Thị Lan đã đến', 'Hà Thị Lan'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('not a place, a word in lower case, or a short family name without a middle name', () => {
    for (const text of [
      'TP. Hồ Chí Minh bị thất lạc',
      'Hà Nội là thủ đô',
      'đi Hồ Tây chơi',
      'Lâm Đồng có Đà Lạt',
      'tôi ăn lê và táo',
      'le chat noir de Le Monde',
      'Do Not Disturb',
    ])
      expect(names(text), text).toEqual([]);
  });
});

describe('a Vietnamese name after a word that looks like a family name, and Malay patronymics', () => {
  it('"la Le Quoc Bao": the family name is tried at each word', () => {
    expect(names('chong chi ay la Le Quoc Bao.')).toEqual(['Le Quoc Bao']);
  });
});
