#include "app/demo/demotext.h"

namespace cooc::demo::text {

namespace {

struct Surname
{
    const char16_t *hanzi;
    const char *roman;
    int weight; // per mille, roughly Taiwan's distribution
};

const Surname kSurnames[] = {
    {u"陳", "chen", 110}, {u"林", "lin", 83},    {u"黃", "huang", 60}, {u"張", "chang", 53}, {u"李", "lee", 51},
    {u"王", "wang", 41},  {u"吳", "wu", 40},     {u"劉", "liu", 32},   {u"蔡", "tsai", 29},  {u"楊", "yang", 27},
    {u"許", "hsu", 23},   {u"鄭", "cheng", 19},  {u"謝", "hsieh", 18}, {u"洪", "hung", 15},  {u"郭", "kuo", 15},
    {u"邱", "chiu", 15},  {u"曾", "tseng", 14},  {u"廖", "liao", 13},  {u"賴", "lai", 13},   {u"徐", "hsu", 12},
    {u"周", "chou", 11},  {u"葉", "yeh", 11},    {u"蘇", "su", 11},    {u"莊", "chuang", 10}, {u"呂", "lu", 10},
    {u"江", "chiang", 10}, {u"何", "ho", 9},     {u"蕭", "hsiao", 9},  {u"羅", "lo", 8},     {u"高", "kao", 8},
    {u"潘", "pan", 7},    {u"簡", "chien", 7},   {u"朱", "chu", 7},    {u"鍾", "chung", 7},  {u"游", "yu", 6},
    {u"彭", "peng", 6},   {u"詹", "chan", 6},    {u"胡", "hu", 5},     {u"施", "shih", 5},   {u"沈", "shen", 5},
    {u"余", "yu", 5},     {u"盧", "lu", 5},      {u"梁", "liang", 5},  {u"趙", "chao", 5},   {u"顏", "yen", 4},
    {u"柯", "ko", 4},     {u"翁", "weng", 4},    {u"魏", "wei", 4},    {u"孫", "sun", 4},    {u"戴", "tai", 3},
    {u"范", "fan", 3},    {u"方", "fang", 3},    {u"宋", "sung", 3},   {u"鄧", "teng", 3},   {u"杜", "tu", 2},
    {u"傅", "fu", 2},     {u"侯", "hou", 2},     {u"曹", "tsao", 2},   {u"薛", "hsueh", 2},  {u"丁", "ting", 2},
    {u"卓", "cho", 2},    {u"馬", "ma", 2},      {u"董", "tung", 2},   {u"唐", "tang", 2},   {u"藍", "lan", 2},
    {u"石", "shih", 2},   {u"蔣", "chiang", 2},  {u"古", "ku", 2},     {u"紀", "chi", 2},    {u"姚", "yao", 2},
    {u"連", "lien", 2},   {u"歐陽", "ouyang", 1},
};

const char16_t kMaleChars[] = u"志冠宇家俊承宏柏信彥翔豪哲明偉建文傑睿恩宥廷凱昱祐品育維嘉子晨安勳博宗銘峻瑋崇仁政國成輝正德浩軒";
const char16_t kFemaleChars[] = u"怡婷雅淑惠佩詩欣宜芳靜玉美慧珮筱涵萱妤芸瑜語彤晴甯琪如心思若庭潔佳依璇蓁榆沛姿昕秀麗月珍華";

int surnameTotal()
{
    static const int total = [] {
        int t = 0;
        for (const Surname &s : kSurnames)
            t += s.weight;
        return t;
    }();
    return total;
}

QString fromUtf16(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QChar charAt(const char16_t *chars, int index)
{
    return QChar(chars[index]);
}

int length(const char16_t *chars)
{
    int n = 0;
    while (chars[n])
        ++n;
    return n;
}

} // namespace

QString randomSurname(Rng &rng, QString *romanized)
{
    int r = rng.below(surnameTotal());
    for (const Surname &s : kSurnames) {
        if (r < s.weight) {
            if (romanized)
                *romanized = QLatin1String(s.roman);
            return fromUtf16(s.hanzi);
        }
        r -= s.weight;
    }
    if (romanized)
        *romanized = QStringLiteral("chen");
    return QStringLiteral("陳");
}

QString romanizedSurname(const QString &surname)
{
    for (const Surname &s : kSurnames) {
        if (surname == fromUtf16(s.hanzi))
            return QLatin1String(s.roman);
    }
    return QStringLiteral("lin");
}

Person personName(Rng &rng, QChar gender, const QString &surname)
{
    Person p;
    p.surname = surname.isEmpty() ? randomSurname(rng, &p.romanized) : surname;
    if (p.romanized.isEmpty())
        p.romanized = romanizedSurname(p.surname);
    const char16_t *chars = gender == QLatin1Char('M') ? kMaleChars : kFemaleChars;
    const int n = length(chars);
    const int first = rng.below(n);
    int second = rng.below(n - 1);
    if (second >= first)
        ++second;
    p.name = p.surname + charAt(chars, first) + charAt(chars, second);
    return p;
}

QStringList rareCharacters()
{
    return {QStringLiteral("𡘙"), QStringLiteral("𠀋"), QStringLiteral("𪚥"), QStringLiteral("𥚃")};
}

QStringList taipeiDistricts()
{
    return {QStringLiteral("中正區"), QStringLiteral("大同區"), QStringLiteral("中山區"), QStringLiteral("松山區"),
            QStringLiteral("大安區"), QStringLiteral("萬華區"), QStringLiteral("信義區"), QStringLiteral("士林區"),
            QStringLiteral("北投區"), QStringLiteral("內湖區"), QStringLiteral("南港區"), QStringLiteral("文山區")};
}

QString schoolWord(int index)
{
    static const QStringList words = {
        QStringLiteral("敦化"), QStringLiteral("仁愛"), QStringLiteral("民生"), QStringLiteral("興雅"),
        QStringLiteral("明湖"), QStringLiteral("景美"), QStringLiteral("萬芳"), QStringLiteral("雙園"),
        QStringLiteral("龍山"), QStringLiteral("延平"), QStringLiteral("建成"), QStringLiteral("長安"),
        QStringLiteral("五常"), QStringLiteral("吉林"), QStringLiteral("中崙"), QStringLiteral("民族"),
        QStringLiteral("介壽"), QStringLiteral("永吉"), QStringLiteral("信義"), QStringLiteral("瑠公"),
        QStringLiteral("福林"), QStringLiteral("蘭雅"), QStringLiteral("天母"), QStringLiteral("至善"),
        QStringLiteral("關渡"), QStringLiteral("石牌"), QStringLiteral("新民"), QStringLiteral("桃源"),
        QStringLiteral("東湖"), QStringLiteral("西湖"), QStringLiteral("麗山"), QStringLiteral("碧湖"),
        QStringLiteral("南港"), QStringLiteral("成德"), QStringLiteral("舊莊"), QStringLiteral("興福"),
        QStringLiteral("木柵"), QStringLiteral("實踐"), QStringLiteral("再興"), QStringLiteral("永春"),
        QStringLiteral("忠孝"), QStringLiteral("大直"), QStringLiteral("濱江"), QStringLiteral("金華"),
        QStringLiteral("古亭"), QStringLiteral("螢橋"), QStringLiteral("弘道"), QStringLiteral("大龍"),
        QStringLiteral("蘭州"), QStringLiteral("重慶"), QStringLiteral("雙溪"), QStringLiteral("芝山"),
        QStringLiteral("北投"), QStringLiteral("清江"), QStringLiteral("奇岩"), QStringLiteral("溪口"),
        QStringLiteral("內湖"), QStringLiteral("康寧"), QStringLiteral("三民"), QStringLiteral("健康"),
    };
    static const QStringList suffixes = {QString(), QStringLiteral("實驗"), QStringLiteral("光明"),
                                         QStringLiteral("青山"), QStringLiteral("和平"), QStringLiteral("博愛")};
    const int round = index / int(words.size());
    const QString suffix = suffixes.at(round % int(suffixes.size()));
    const QString extra = round >= int(suffixes.size()) ? QString::number(round / int(suffixes.size()) + 1) : QString();
    return words.at(index % int(words.size())) + suffix + extra;
}

QString otherCity(Rng &rng)
{
    static const QStringList cities = {QStringLiteral("新北市"), QStringLiteral("新北市"), QStringLiteral("新北市"),
                                       QStringLiteral("新北市"), QStringLiteral("桃園市"), QStringLiteral("基隆市"),
                                       QStringLiteral("臺中市"), QStringLiteral("高雄市"), QStringLiteral("新竹縣"),
                                       QStringLiteral("宜蘭縣"), QStringLiteral("臺南市")};
    return cities.at(rng.below(int(cities.size())));
}

QString mobilePhone(Rng &rng)
{
    return QStringLiteral("09%1-%2-%3")
        .arg(rng.below(100), 2, 10, QLatin1Char('0'))
        .arg(rng.below(1000), 3, 10, QLatin1Char('0'))
        .arg(rng.below(1000), 3, 10, QLatin1Char('0'));
}

QString leaveReason(Rng &rng, const QString &code)
{
    static const QStringList sick = {
        QStringLiteral("感冒發燒，在家休息"), QStringLiteral("腸胃炎，上午就醫"), QStringLiteral("牙齒矯正回診"),
        QStringLiteral("過敏性鼻炎發作就醫"), QStringLiteral("流感，醫師建議在家休養"), QStringLiteral("頭痛不適"),
        QStringLiteral("腳踝扭傷，骨科回診"), QStringLiteral("眼科複診")};
    static const QStringList personal = {
        QStringLiteral("家中有事"), QStringLiteral("參加親戚婚禮"), QStringLiteral("出國探親"),
        QStringLiteral("辦理護照"), QStringLiteral("陪同家人就醫"), QStringLiteral("返鄉處理家務")};
    static const QStringList official = {
        QStringLiteral("代表學校參加臺北市中學生籃球聯賽"), QStringLiteral("參加全市語文競賽"),
        QStringLiteral("參加區運田徑集訓"), QStringLiteral("擔任校慶典禮司儀彩排"), QStringLiteral("參加科學展覽會")};
    static const QStringList bereavement = {QStringLiteral("祖父告別式"), QStringLiteral("外婆喪禮"),
                                            QStringLiteral("曾祖母出殯")};
    static const QStringList other = {QStringLiteral("生理期不適"), QStringLiteral("颱風造成交通中斷"),
                                      QStringLiteral("防疫居家觀察")};
    const QStringList &list = code == QLatin1String("sick")          ? sick
        : code == QLatin1String("personal")                          ? personal
        : code == QLatin1String("official")                          ? official
        : code == QLatin1String("bereavement")                       ? bereavement
                                                                     : other;
    return list.at(rng.below(int(list.size())));
}

QString meritReason(Rng &rng, const QString &kind)
{
    static const QStringList commendation = {
        QStringLiteral("熱心服務，協助整理圖書室"), QStringLiteral("擔任班級幹部認真負責"),
        QStringLiteral("整潔比賽表現優良"), QStringLiteral("拾金不昧，值得嘉許"),
        QStringLiteral("協助校慶場地布置"), QStringLiteral("作業表現優異"), QStringLiteral("主動協助同學課業")};
    static const QStringList minorMerit = {
        QStringLiteral("代表學校參加全市籃球賽獲第三名"), QStringLiteral("校內英語演講比賽第一名"),
        QStringLiteral("擔任糾察隊長表現優良"), QStringLiteral("科展校內初賽特優")};
    static const QStringList majorMerit = {QStringLiteral("參加全國科學展覽會獲佳作"),
                                           QStringLiteral("見義勇為，協助救助跌倒長者")};
    static const QStringList warning = {
        QStringLiteral("上課使用手機，經勸導未改善"), QStringLiteral("未穿著學校制服"),
        QStringLiteral("遲到累計三次"), QStringLiteral("上課秩序不佳"), QStringLiteral("未按時完成打掃工作")};
    static const QStringList minorDemerit = {QStringLiteral("無故曠課"), QStringLiteral("故意損壞公物"),
                                             QStringLiteral("考試作弊")};
    static const QStringList majorDemerit = {QStringLiteral("在校內打架滋事，情節重大")};
    const QStringList &list = kind == QLatin1String("commendation") ? commendation
        : kind == QLatin1String("minor_merit")                     ? minorMerit
        : kind == QLatin1String("major_merit")                     ? majorMerit
        : kind == QLatin1String("warning")                         ? warning
        : kind == QLatin1String("minor_demerit")                   ? minorDemerit
                                                                   : majorDemerit;
    return list.at(rng.below(int(list.size())));
}

QString contactBookEntry(Rng &rng, int grade)
{
    static const QStringList homework = {
        QStringLiteral("數學習作第%1頁"), QStringLiteral("國文第%1課生字圈詞"), QStringLiteral("英語單字 Unit %1 抄寫兩遍"),
        QStringLiteral("自然學習單第%1張"), QStringLiteral("社會習作第%1課"), QStringLiteral("閱讀心得一篇（第%1週）")};
    static const QStringList reminders = {
        QStringLiteral("明天第一節英語小考，請家長協助複習。"), QStringLiteral("明天有體育課，請穿運動服。"),
        QStringLiteral("週五前繳交家長日回條。"), QStringLiteral("請家長在聯絡簿簽名。"),
        QStringLiteral("明天請攜帶美勞用具（色紙、剪刀、膠水）。"), QStringLiteral("天氣轉涼，請注意保暖。"),
        QStringLiteral("本週五期中考，請早點休息。"), QStringLiteral("午餐費請於下週一前繳交。")};
    QString body = QStringLiteral("今日作業：") + homework.at(rng.below(int(homework.size()))).arg(rng.range(1, 12));
    if (rng.chance(0.6))
        body += QStringLiteral("、") + homework.at(rng.below(int(homework.size()))).arg(rng.range(1, 12));
    body += QStringLiteral("。") + reminders.at(rng.below(int(reminders.size())));
    if (grade == 9 && rng.chance(0.3))
        body += QStringLiteral("會考倒數中，請同學把握時間複習。");
    return body;
}

QString messageSubject(Rng &rng, bool urgent, QString *body, const QString &studentName)
{
    if (urgent) {
        if (rng.chance(0.5)) {
            *body = studentName + QStringLiteral("目前在健康中心休息，體溫 38.2 度，請家長盡速到校接回。");
            return QStringLiteral("身體不適，請盡速到校接回");
        }
        *body = studentName + QStringLiteral("今日尚未到校，也沒有請假紀錄，請家長看到訊息後回電學務處。");
        return QStringLiteral("未到校通知");
    }
    switch (rng.below(5)) {
    case 0:
        *body = studentName + QStringLiteral("本週數學作業尚未繳交，請家長協助督促，謝謝。");
        return QStringLiteral("作業缺交提醒");
    case 1:
        *body = studentName + QStringLiteral("今天主動協助同學整理教室，表現很好，特此告知。");
        return QStringLiteral("在校表現分享");
    case 2:
        *body = QStringLiteral("本學期健康檢查結果已發放，") + studentName
            + QStringLiteral("視力需複檢，請家長協助安排就醫並繳回複檢單。");
        return QStringLiteral("健康檢查結果通知");
    case 3:
        *body = QStringLiteral("本學期午餐費尚未繳納，請於本週五前完成繳費。");
        return QStringLiteral("午餐費繳費提醒");
    default:
        *body = QStringLiteral("家長日將於本週六上午舉行，誠摯邀請您到校參加。");
        return QStringLiteral("家長日邀請");
    }
}

QString infoRequestNote(Rng &rng)
{
    static const QStringList notes = {
        QStringLiteral("請補上傳委託書（須有法定代理人簽名）。"),
        QStringLiteral("申請人姓名與學籍資料不一致，請確認是否為戶籍登記之姓名。"),
        QStringLiteral("請補充與學生之關係證明（戶口名簿影本）。"),
        QStringLiteral("簽章憑證已過期，請以有效之自然人憑證重新簽署。")};
    return notes.at(rng.below(int(notes.size())));
}

QString rejectReason(Rng &rng)
{
    static const QStringList reasons = {
        QStringLiteral("申請人非學生之法定代理人或監護人。"),
        QStringLiteral("電子簽章驗證失敗：簽署內容與申請不符。"),
        QStringLiteral("簽章者姓名與申請人不符。"),
        QStringLiteral("重複申請，已有有效之綁定。")};
    return reasons.at(rng.below(int(reasons.size())));
}

NoticeText notice(int index)
{
    static const std::vector<NoticeText> notices = {
        {QStringLiteral("八年級校外教學家長同意書"),
         QStringLiteral("本校八年級將於下個月赴新竹科學園區進行校外教學，當日上午七點四十分於校門口集合，"
                        "下午五點返校。費用新臺幣650元（含交通、保險及門票）。請家長勾選是否同意貴子弟參加，並於期限內回覆。"),
         {QStringLiteral("同意參加"), QStringLiteral("不同意參加")}},
        {QStringLiteral("流感疫苗接種意願調查"),
         QStringLiteral("衛生局將到校辦理公費流感疫苗接種，請家長詳閱衛教單張後回覆是否同意貴子弟接種。"),
         {QStringLiteral("同意接種"), QStringLiteral("不同意接種"), QStringLiteral("已自行接種")}},
        {QStringLiteral("家長日邀請函"),
         QStringLiteral("本學期家長日訂於週六上午九點舉行，內容包括校務說明、班級座談及社團成果展，敬請撥冗參加。"),
         {QStringLiteral("出席"), QStringLiteral("不克出席")}},
        {QStringLiteral("期中考試成績通知"),
         QStringLiteral("第一次定期評量成績已登錄完成，家長可於酷課APP查詢。如對成績有疑問，請與任課老師聯繫。"),
         {}},
        {QStringLiteral("九年級畢業旅行說明會"),
         QStringLiteral("九年級畢業旅行預計於下學期三月舉行，請家長填寫畢業旅行意向調查表，以利學校規劃行程。"),
         {QStringLiteral("已閱讀")}},
        {QStringLiteral("颱風停課通知"),
         QStringLiteral("因颱風來襲，依臺北市政府公告，明日全市停止上班上課。請家長留意學生安全，停課期間請勿外出。"),
         {}},
        {QStringLiteral("寒假作業與返校日說明"),
         QStringLiteral("寒假作業清單及返校日時間將於期末考後公布，請同學注意。"),
         {}},
        {QStringLiteral("開學注意事項"),
         QStringLiteral("新學期開始，請同學準時到校，穿著整齊制服，並攜帶各科課本及文具。"),
         {}},
    };
    return notices.at(size_t(index) % notices.size());
}

int noticeCount()
{
    return 8;
}

ActivityText activity(int index)
{
    static const std::vector<ActivityText> activities = {
        {QStringLiteral("課後輔導班（數學、英語）"), QStringLiteral("每週二、四下午四點至五點半，由本校教師授課。"), 2500, 0},
        {QStringLiteral("籃球營"), QStringLiteral("寒假籃球營，共五天，由體育組老師帶領，名額有限。"), 1800, 40},
        {QStringLiteral("校內科學展覽會"), QStringLiteral("以小組方式報名，每組二至三人，優勝隊伍代表學校參加市賽。"), 0, 0},
        {QStringLiteral("寒假英語營"), QStringLiteral("外籍教師授課，全英語環境，為期一週。"), 3000, 60},
        {QStringLiteral("社區淨灘服務日"), QStringLiteral("週六上午於淡水沙崙海灘進行淨灘，可認證服務學習時數。"), 0, 80},
    };
    return activities.at(size_t(index) % activities.size());
}

int activityCount()
{
    return 5;
}

QStringList subjects(const QString &level)
{
    if (level == QLatin1String("elementary"))
        return {QStringLiteral("國語"), QStringLiteral("數學"), QStringLiteral("英語"), QStringLiteral("自然"),
                QStringLiteral("社會")};
    if (level == QLatin1String("senior_high"))
        return {QStringLiteral("國文"), QStringLiteral("英文"), QStringLiteral("數學"), QStringLiteral("物理"),
                QStringLiteral("化學"), QStringLiteral("歷史"), QStringLiteral("地理")};
    return {QStringLiteral("國文"), QStringLiteral("英語"), QStringLiteral("數學"), QStringLiteral("自然"),
            QStringLiteral("社會"), QStringLiteral("健康與體育"), QStringLiteral("藝術")};
}

} // namespace cooc::demo::text
