// Common Chinese surnames, to tell a name standing alone on a line ("周明远")
// from a short word in the same place ("前言", "上海"). The single-character
// surnames cover the vast majority of people (a few hundred most frequent ones);
// compound surnames are matched first.
const SINGLE = new Set(Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普戈伏薄印宿怀蓬茅钮' +
    // The same surnames as traditional characters write them (reposts from Hong Kong, Taiwan and overseas).
    '陳張劉黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒閻龍賀顧龔萬錢嚴湯溫龐聶魯嶽歐關蘭寧紀淩畢駱藍鮑華饒項婁竇費衛鄔邊欒鞏遲鄺楊孫馬羅蔣餘喬莊',
));
const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '司徒', '端木', '长孙', '宇文', '轩辕', '独孤', '南宫', '西门', '申屠', '呼延', '闻人', '万俟', '澹台', '公冶', '太史', '赫连', '拓跋'];

/** Characters of the common surname the text starts with (2 for a compound one), or 0. */
export function commonSurnameLength(text: string): number {
  if (COMPOUND.some((surname) => text.startsWith(surname))) return 2;
  return SINGLE.has(text.charAt(0)) ? 1 : 0;
}
