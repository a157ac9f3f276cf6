import { cleanText, unitKey, labelKey, matchUnitKey, findLabel, compareVi, stripDiacritics } from '../../src/core/text';

describe('unit keys (WORKBOOK.md §2)', () => {
  test.each([
    ['Hòa Bình', 'Hoà Bình'], // old/new tone placement, oa
    ['Thủy', 'Thuỷ'], // uy
    ['khỏe', 'khoẻ'], // oe
    ['Hòa Bình'.normalize('NFD'), 'Hòa Bình'], // NFD vs NFC
    ['\u00D0iện Biên', 'Điện Biên'], // Eth look-alike
    ['  Bắc\u00A0 Giang ', 'Bắc Giang'], // stray and no-break spaces
    ['BẮC GIANG', 'bắc giang'], // case
  ])('%j matches %j', (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
  });

  test('hoàng is not touched, and stays different from hòang', () => {
    expect(unitKey('Hoàng')).toBe('hoàng');
    expect(unitKey('Hoàng Su Phì')).not.toBe(unitKey('Hòang Su Phì'));
  });

  test('different places stay different', () => {
    expect(unitKey('Lai Châu')).not.toBe(unitKey('Lào Cai'));
    expect(unitKey('Bắc Kạn')).not.toBe(unitKey('Bắc Giang'));
  });

  test('cleanText keeps case and diacritics, folds spaces and Eth', () => {
    expect(cleanText(' \u00D0iện\u00A0\u00A0Biên ')).toBe('Điện Biên');
  });

  test('diacritic-free fallback matches only when unique', () => {
    const items = ['Bắc Giang', 'Bắc Kạn', 'Lào Cai', 'Lai Châu'];
    expect(matchUnitKey('Bac Giang', items, (s) => [s])).toEqual({ item: 'Bắc Giang', loose: true });
    expect(matchUnitKey('Bắc Giang', items, (s) => [s])).toEqual({ item: 'Bắc Giang', loose: false });
    expect(matchUnitKey('Lao Cai', items, (s) => [s])?.item).toBe('Lào Cai');
    // two units that differ only by diacritics: no loose match
    expect(matchUnitKey('Ha Nam', ['Hà Nam', 'Hạ Nam'], (s) => [s])).toBeNull();
    expect(stripDiacritics('Đồng Tháp')).toBe('Dong Thap');
  });
});

describe('labels', () => {
  test('a label drops diacritics and a trailing colon', () => {
    expect(labelKey('Đơn vị:')).toBe('don vi');
    expect(labelKey('Tính đến ngày :')).toBe('tinh den ngay');
  });
  test('a cell starting with a label followed by a space, digit or punctuation matches, longer labels first', () => {
    const labels = ['Chỉ tiêu đăng ký', 'Kế hoạch', 'Chỉ tiêu', 'Target'];
    expect(findLabel('Chỉ tiêu đăng ký năm 2019', labels)).toBe('Chỉ tiêu đăng ký');
    expect(findLabel('Chỉ tiêu (vụ)', labels)).toBe('Chỉ tiêu');
    expect(findLabel('Chỉ tiêuxyz', labels)).toBeNull();
    expect(findLabel('TARGET 2019', labels)).toBe('Target');
  });
});

describe('Vietnamese collation', () => {
  test('Đ sorts after D and before E, not after Z', () => {
    const names = ['Hòa Bình', 'Điện Biên', 'Bắc Kạn', 'Cao Bằng', 'Bắc Giang', 'Hà Giang', 'Yên Bái', 'Đà Nẵng', 'Dak Lak', 'Ê Đê'];
    expect([...names].sort(compareVi)).toEqual(['Bắc Giang', 'Bắc Kạn', 'Cao Bằng', 'Dak Lak', 'Đà Nẵng', 'Điện Biên', 'Ê Đê', 'Hà Giang', 'Hòa Bình', 'Yên Bái']);
  });
  test('the report order of the first units', () => {
    expect(['Hà Giang', 'Hòa Bình', 'Điện Biên', 'Cao Bằng', 'Bắc Kạn', 'Bắc Giang'].sort(compareVi)).toEqual([
      'Bắc Giang', 'Bắc Kạn', 'Cao Bằng', 'Điện Biên', 'Hà Giang', 'Hòa Bình',
    ]);
  });
});
