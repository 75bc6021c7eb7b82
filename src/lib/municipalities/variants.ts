/**
 * Kanji that readers write in place of the form a local government's name uses, or the other
 * way round: old forms (旧字体), JIS level 2 forms and the "unified" compatibility ideographs
 * that Unicode NFKC does not fold (﨑, 髙). Both the names and the queries are folded with this
 * table before they are compared, so the direction of a pair only has to be consistent.
 *
 * Never add pairs of characters that distinguish two real places: 嶋 and 島 stay apart
 * (鹿嶋市 in 茨城県 and 鹿島市 in 佐賀県 are different cities), and so do 斉 and 斎.
 * The unit tests check that folding the whole index creates no new clash of prefecture + name.
 */
export const KANJI_VARIANTS: Readonly<Record<string, string>> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  龍: '竜',
  檮: '梼',
  條: '条',
  德: '徳',
  濵: '浜',
  濱: '浜',
  邊: '辺',
  邉: '辺',
  舘: '館',
  檜: '桧',
  渕: '淵',
  藪: '薮',
  澤: '沢',
  櫻: '桜',
  國: '国',
  竈: '竃',
  蘂: '蕊',
  籠: '篭',
  鰺: '鯵',
  曾: '曽',
  廣: '広',
  縣: '県',
  區: '区',
  會: '会',
  冨: '富',
  惠: '恵',
  眞: '真',
  黑: '黒',
  豐: '豊',
  壽: '寿',
  嶽: '岳',
  亞: '亜',
  萬: '万',
  與: '与',
  實: '実',
  齋: '斎',
  瀨: '瀬',
  增: '増',
  驒: '騨',
  // 中之条町 and 上ノ国町 use 之 and ノ for the same の; readers type の.
  之: 'の',
};
