/**
 * Every word Clearpage's chrome stripper listens for, in one place so a new language is one edit.
 * This file is data, which is why it is long. Rules in chrome-rules*.ts never match these phrases
 * on text alone: each use pairs them with structure (a short block, links, position, class words).
 *
 * Matching is case-insensitive and forgiving (see normalizeForMatch): accents and Arabic
 * diacritics are ignored, أ/إ/آ match ا, ي/ى match ی, ة matches ه, and a zero-width non-joiner
 * matches a space — so list each phrase once, in its plain spelling.
 *
 * Languages: en, ar, es, fr, de, pt, it, ru, tr, fa, hi, zh, ja. To add one, add a key to every
 * group it has words for; a group may leave a language out. Phrases are separated by `|`.
 */

export type Lang =
  'en' | 'ar' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'ru' | 'tr' | 'fa' | 'hi' | 'zh' | 'ja';
/** Per language, the phrases separated by `|` (one string keeps this file short and greppable). */
export type PhraseGroup = Partial<Record<Lang, string>>;

/** Labels of "most read" rails: a block whose whole text is these, heading a list of links. */
export const TRENDING_LABELS: PhraseGroup = {
  en: "trending|trending now|trending stories|trending news|most read|most popular|most viewed|most shared|most commented|most watched|popular|popular now|popular stories|top content|top stories|top news|top articles|what's hot|hot topics|editor's choice|editors' choice|editors' picks|editor picks|latest news|latest stories|just in",
  ar: 'الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|الأكثر تداولا|الأكثر شعبية|الأكثر مشاركة|الأكثر رواجا|رائج|الرائج|الرائجة|اختيارات المحرر|آخر الأخبار|أهم الأخبار',
  es: 'lo más leído|lo más visto|más leído|más leídos|más leídas|más vistos|más visto|lo más popular|tendencias|tendencia|últimas noticias|lo último',
  fr: 'les plus lus|les plus lues|articles les plus lus|les plus partagés|les plus consultés|tendances|populaire|à la une|dernières actualités|en continu',
  de: 'meistgelesen|meistgelesene artikel|am meisten gelesen|meistgeklickt|beliebt|beliebteste artikel|trends|top-artikel|neueste artikel',
  pt: 'mais lidas|mais lidos|mais vistos|mais vistas|em alta|mais populares|tendências|últimas notícias',
  it: 'i più letti|più letti|più lette|le più lette|i più visti|di tendenza|più popolari|ultime notizie',
  ru: 'самое читаемое|самые читаемые|популярное|в тренде|самое популярное|читаемое|последние новости',
  tr: 'en çok okunanlar|en çok okunan|çok okunanlar|trend|gündem|popüler haberler|son haberler',
  fa: 'پربازدیدترین|پربازدیدترین ها|پربیننده ترین|داغ ترین|محبوب ترین|آخرین اخبار',
  hi: 'सबसे ज्यादा पढ़ी गई|सबसे ज़्यादा पढ़ी गई|सबसे ज्यादा पढ़े गए|ट्रेंडिंग|लोकप्रिय|सर्वाधिक पढ़े गए|ताजा खबरें',
  zh: '热门|热门文章|热门新闻|最受欢迎|阅读排行|排行榜|热点|熱門|熱門文章|最多人閱讀|热读',
  ja: '人気記事|アクセスランキング|ランキング|よく読まれている記事|注目記事|話題|最新記事',
};

/** Labels of "read more" / related lists: a block whose whole text is these, heading links. */
export const RELATED_LABELS: PhraseGroup = {
  en: "read more|read also|also read|related|related articles|related stories|related news|related content|related coverage|related posts|related topics|related links|more on this story|more on this topic|more on this|more from|see also|you may also like|you might also like|you may be interested in|recommended|recommended for you|recommended stories|more stories|more news|further reading|don't miss|up next|read next|keep reading|what to read next|more like this|also on|more|see more|more stories like this",
  ar: 'اقرأ أيضا|اقرأ أيضًا|إقرأ أيضا|اقرأ المزيد|اقرأ كذلك|ذات صلة|مواضيع ذات صلة|أخبار ذات صلة|مقالات ذات صلة|شاهد أيضا|قد يهمك أيضا|قد يهمك|قد يعجبك أيضا|اقرأ ايضا|للمزيد',
  es: 'lee también|lea también|leer más|lee más|también te puede interesar|te puede interesar|te puede gustar|noticias relacionadas|artículos relacionados|relacionado|relacionados|relacionadas|más información|ver también|no te pierdas|sigue leyendo|más noticias|también lee',
  fr: 'lire aussi|à lire aussi|lire également|à lire également|voir aussi|articles liés|articles similaires|sur le même sujet|en savoir plus|lire la suite|à voir aussi|vous aimerez aussi|à découvrir aussi|à découvrir|nos articles',
  de: 'mehr zum thema|lesen sie auch|auch interessant|weiterlesen|verwandte artikel|das könnte sie auch interessieren|mehr lesen|siehe auch|weitere artikel|ähnliche artikel|zum thema',
  pt: 'leia também|leia mais|veja também|saiba mais|relacionadas|notícias relacionadas|artigos relacionados|você também pode gostar|continue lendo|leia ainda',
  it: 'leggi anche|leggi di più|potrebbe interessarti|articoli correlati|correlati|vedi anche|ti potrebbe interessare|approfondisci|leggi tutto',
  ru: 'читайте также|читать далее|читать также|смотрите также|похожие статьи|по теме|связанные статьи|еще по теме|ещё по теме|подробнее',
  tr: 'ayrıca okuyun|ayrıca bakınız|ilgili haberler|ilgili içerikler|benzer haberler|devamını oku|bunlar da ilginizi çekebilir|daha fazla oku|ilginizi çekebilir',
  fa: 'بیشتر بخوانید|بخوانید|مطالب مرتبط|اخبار مرتبط|بیشتر بدانید|همچنین بخوانید|پیشنهاد ما|مرتبط',
  hi: 'यह भी पढ़ें|ये भी पढ़ें|और पढ़ें|संबंधित खबरें|संबंधित लेख|इसे भी पढ़ें',
  zh: '相关阅读|相关文章|相关新闻|延伸阅读|推荐阅读|阅读更多|相關閱讀|延伸閱讀|相關新聞|更多',
  ja: 'あわせて読みたい|関連記事|関連ニュース|続きを読む|もっと読む|おすすめ記事|こちらもおすすめ',
};

/** Labels of topic-tag lists ("Tags: Iran, Russia"): navigation, not prose. */
export const TAG_LABELS: PhraseGroup = {
  en: 'tags|tagged|topics|filed under|categories|more about',
  ar: 'الوسوم|وسوم|كلمات مفتاحية|الكلمات المفتاحية|مواضيع',
  es: 'etiquetas|temas',
  fr: 'mots-clés|mots clés|sujets|thèmes',
  de: 'schlagwörter|themen|schlagworte',
  pt: 'tags|tópicos|assuntos',
  it: 'argomenti|tag',
  ru: 'теги|метки|темы',
  tr: 'etiketler|konular',
  fa: 'برچسب ها|کلیدواژه ها',
  hi: 'टैग|विषय',
  zh: '标签|關鍵詞|关键词',
  ja: 'タグ|キーワード',
};

/**
 * How a "follow us" promo opens; a block must also name a platform or link to one. Chinese and
 * Japanese phrases match inside runs of characters, so they are whole calls ("关注我们"), never
 * a bare verb ("关注" is also "drew attention", "フォロー" starts "フォロワー", follower).
 */
export const FOLLOW_OPENERS: PhraseGroup = {
  en: "follow us|follow our|join us on|join our|like us on|find us on|connect with us|stay connected|stay updated|stay up to date|stay informed|for the latest|for more news|for more updates|for breaking news|get the latest|get breaking news|click here to follow|subscribe to our channel|download our app|download the app|get our app|we are on|we're on|you can now follow",
  ar: 'تابعونا|تابعوا|تابعنا|انضموا|انضم إلى|انضم الى|لمتابعة|للمزيد من الأخبار|حمل تطبيق|حملوا تطبيق|اشترك في قناة|اشتركوا في قناة',
  es: 'síguenos|sigue a|sigue nuestro|únete a nuestro|únete a|suscríbete a nuestro canal|para más noticias|recibe las últimas|descarga nuestra app|sigue toda la información|sigue toda la actualidad',
  fr: "suivez-nous|suivez nous|suivez|rejoignez-nous|rejoignez notre|abonnez-vous à notre chaîne|retrouvez-nous|pour ne rien manquer|téléchargez l'application|retrouvez toute l'actualité",
  de: 'folgen sie uns|folge uns|folgen sie|abonnieren sie unseren kanal|laden sie unsere app|jetzt folgen|mehr news auf|besuchen sie uns auf',
  pt: 'siga-nos|siga o|siga a|acompanhe|participe do nosso canal|receba as notícias|baixe o app|inscreva-se no canal',
  it: "seguici|segui|unisciti|iscriviti al canale|scarica l'app|resta aggiornato",
  ru: 'подписывайтесь|подпишитесь на наш|следите за нами|читайте нас в|присоединяйтесь',
  tr: 'bizi takip edin|takip edin|takip et|abone olun|kanalımıza katılın|son dakika haberleri için',
  fa: 'ما را دنبال کنید|دنبال کنید|به کانال|عضو کانال|بپیوندید',
  hi: 'हमें फॉलो करें|फॉलो करें|हमसे जुड़ें|जुड़े रहें|ताज़ा खबरों के लिए|ताजा खबरों के लिए',
  zh: '关注我们|請關注|请关注|欢迎关注|關注我們|订阅我们的频道|扫码关注|下载我们的应用',
  ja: 'フォローする|フォローしてください|フォローしてね|公式アカウント|アプリをダウンロード|最新ニュースは',
};

/**
 * The bare verb of a sign-off ("Follow Newsbeat on Instagram"): only with a network named in a
 * short line at the end of the body.
 */
export const FOLLOW_VERBS: PhraseGroup = {
  en: 'follow',
  ar: 'تابعوا|تابع',
  es: 'sigue a|síguenos en|siga a',
  fr: 'suivez',
  de: 'folgen sie|folge',
  pt: 'siga',
  it: 'segui',
  ru: 'следите за|читайте',
  tr: 'takip edin',
  fa: 'دنبال کنید',
  hi: 'फॉलो करें',
  zh: '关注',
  ja: 'フォロー',
};

/** Where a follow promo sends readers; one must appear beside a follow opener. */
export const FOLLOW_PLATFORMS: PhraseGroup = {
  en: 'google news|apple news|whatsapp|telegram|twitter|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky|mastodon|flipboard|social media|channel|app|podcast|on x',
  ar: 'قناة|قناتنا|واتساب|واتس اب|تيليجرام|تلغرام|تلجرام|فيسبوك|تويتر|إنستغرام|انستغرام|يوتيوب|تيك توك|تطبيق|أخبار جوجل|أخبار غوغل|منصات التواصل',
  es: 'canal|aplicación|redes sociales',
  fr: 'chaîne|application|réseaux sociaux',
  de: 'kanal|sozialen medien|sozialen netzwerken',
  pt: 'canal|aplicativo|redes sociais',
  it: 'canale|social',
  ru: 'канал|телеграм|телеграме|дзен|вконтакте|соцсетях',
  tr: 'kanal|kanalımız|sosyal medya',
  fa: 'کانال|تلگرام|اینستاگرام|شبکه های اجتماعی',
  hi: 'चैनल|व्हाट्सएप|ऐप|सोशल मीडिया|गूगल न्यूज',
  zh: '频道|微信|公众号|微博|頻道|應用',
  ja: 'アプリ|チャンネル|line|ツイッター',
};

/** What a newsletter box talks about; it must also open with a call to action or look like a box. */
export const NEWSLETTER_WORDS: PhraseGroup = {
  en: 'newsletter|newsletters|inbox|mailing list|daily briefing|morning briefing|email briefing|email digest|daily email|weekly email|we send an email|send you an email',
  ar: 'النشرة الإخبارية|النشرة البريدية|نشرتنا|بريدك',
  es: 'boletín|newsletter|bandeja de entrada',
  fr: "newsletter|lettre d'information|infolettre|boîte mail|boîte de réception",
  de: 'newsletter|postfach',
  pt: 'newsletter|caixa de entrada|boletim',
  it: 'newsletter|casella di posta',
  ru: 'рассылка|рассылку|рассылки',
  tr: 'bülten|e-bülten|bültenimize',
  fa: 'خبرنامه',
  hi: 'न्यूज़लेटर|न्यूजलेटर',
  zh: '电子报|電子報|邮件订阅|新闻通讯',
  ja: 'メールマガジン|メルマガ|ニュースレター',
};

/** How a sign-up prompt opens ("Subscribe to…", "Sign up for…", "By subscribing…"). */
export const NEWSLETTER_OPENERS: PhraseGroup = {
  en: "sign up|signup|subscribe|get our|get the|join our|join the|receive|enter your email|by subscribing|by signing up|don't miss|never miss|want more",
  ar: 'اشترك|اشتركوا|سجل|احصل على|بالاشتراك',
  es: 'suscríbete|suscribete|regístrate|recibe|al suscribirte|apúntate',
  fr: 'abonnez-vous|inscrivez-vous|recevez|en vous inscrivant|ne manquez',
  de: 'abonnieren sie|jetzt abonnieren|melden sie sich|jetzt anmelden|erhalten sie',
  pt: 'assine|inscreva-se|cadastre-se|receba|ao se inscrever',
  it: 'iscriviti|ricevi|registrati',
  ru: 'подпишитесь|подписывайтесь|получайте|оформите подписку',
  tr: 'abone ol|kaydol|üye ol|bültenimize',
  fa: 'عضو شوید|مشترک شوید|ثبت نام کنید|در خبرنامه',
  hi: 'सब्सक्राइब करें|साइन अप करें',
  zh: '订阅|訂閱|注册|立即订阅',
  ja: '登録する|購読する|メルマガ登録|無料登録',
};

/**
 * Paywall and subscriber gates: what a gate says where the article stops for non-subscribers.
 * A rule pairs these with a short block, the block's position, a class word or a "N % left".
 */
export const PAYWALL_WORDS: PhraseGroup = {
  en: 'subscribers only|for subscribers|reserved for subscribers|subscriber exclusive|subscriber-only|exclusive to subscribers|subscribe to continue|subscribe to read|subscribe to keep reading|to continue reading|to keep reading|continue reading with|already a subscriber|already subscribed|free articles left|free article left|of this article left|of the article left|of this article remaining|unlock this article|unlock this story|premium article|premium content|log in to continue|sign in to continue|sign in to read|register to continue|register to read|create a free account to continue',
  ar: 'للمشتركين فقط|حصري للمشتركين|مشترك بالفعل|لمواصلة القراءة|لمتابعة القراءة|محتوى مدفوع',
  es: 'exclusivo para suscriptores|solo para suscriptores|contenido exclusivo para suscriptores|ya eres suscriptor|ya soy suscriptor|para seguir leyendo|para continuar leyendo|te quedan|artículos gratuitos',
  fr: 'réservé aux abonnés|article réservé|contenu réservé|déjà abonné|il vous reste|pour lire la suite|lire la suite de cet article|la suite est réservée|articles gratuits',
  de: 'nur für abonnenten|exklusiv für abonnenten|für abonnenten|bereits abonnent|schon abonnent|weiterlesen mit|um weiterzulesen|plus-artikel|kostenlose artikel',
  pt: 'exclusivo para assinantes|conteúdo exclusivo para assinantes|só para assinantes|já é assinante|já sou assinante|para continuar lendo|para continuar a ler|artigos gratuitos',
  it: 'riservato agli abbonati|contenuto riservato|solo per gli abbonati|sei già abbonato|per continuare a leggere|articoli gratuiti',
  ru: 'только для подписчиков|доступно подписчикам|уже подписаны|уже есть подписка|чтобы продолжить чтение|чтобы читать дальше',
  tr: 'abonelere özel|sadece abonelere|zaten abone|okumaya devam etmek için|devamını okumak için',
  fa: 'ویژه مشترکان|فقط برای مشترکان|برای ادامه مطالعه|برای خواندن ادامه',
  hi: 'केवल सब्सक्राइबर|सब्सक्राइबर्स के लिए|पढ़ना जारी रखने|आगे पढ़ने के लिए',
  zh: '订阅用户专享|仅限订阅|订阅后阅读|付费内容|訂閱用戶專享|付費內容|会员专享',
  ja: '会員限定|有料会員|購読者限定|続きを読むには|有料記事|この記事は有料',
};

/** Labels of a table of contents heading the list of in-page links. */
export const TOC_LABELS: PhraseGroup = {
  en: 'contents|table of contents|in this article|in this story|in this post|in this guide|on this page|jump to|skip to section|sections',
  ar: 'المحتويات|جدول المحتويات|في هذا المقال|محتويات المقال',
  es: 'contenido|contenidos|índice|tabla de contenidos|en este artículo|ir a',
  fr: 'sommaire|table des matières|dans cet article|au sommaire|aller à',
  de: 'inhalt|inhaltsverzeichnis|in diesem artikel|springe zu|direkt zu',
  pt: 'conteúdo|índice|sumário|neste artigo|ir para',
  it: 'indice|sommario|contenuti|in questo articolo|vai a',
  ru: 'содержание|оглавление|в этой статье|перейти к',
  tr: 'içindekiler|bu makalede|bu yazıda',
  fa: 'فهرست|فهرست مطالب|در این مقاله',
  hi: 'विषय सूची|सामग्री|इस लेख में',
  zh: '目录|目錄|本文内容|本文目录',
  ja: '目次|この記事の内容|この記事の目次',
};

/** "Skip past newsletter promotion", "skip to content": a jump over the page's own chrome. */
export const SKIP_WORDS: PhraseGroup = {
  en: 'skip past|skip to|skip ad|skip advert|skip advertisement|skip this|skip navigation|skip the',
  ar: 'تخطي|تخطى|تجاوز|انتقل إلى',
  es: 'saltar|omitir|ir al contenido|saltar publicidad',
  fr: 'passer|aller au contenu|ignorer la publicité|sauter',
  de: 'überspringen|zum inhalt springen|weiter zum inhalt|werbung überspringen',
  pt: 'pular|ir para o conteúdo|saltar',
  it: 'salta|vai al contenuto',
  ru: 'пропустить|перейти к содержанию|перейти к тексту',
  tr: 'atla|içeriğe geç|reklamı geç',
  fa: 'رد شدن|پرش به|رفتن به محتوا',
  hi: 'छोड़ें|सामग्री पर जाएं',
  zh: '跳过|跳到|跳過|跳至',
  ja: 'スキップ|本文へ|本文へ移動',
};

/** A gallery's controls, beside its "3 of 12" counter: nothing else is on that line. */
export const GALLERY_WORDS: PhraseGroup = {
  en: 'of|previous|prev|next|slideshow|gallery|photo|photos|image|images|picture|pictures|slide|enlarge|fullscreen|full screen|expand|close|view gallery|open gallery|launch gallery|view all|back',
  ar: 'من|السابق|التالي|الصور|صورة|معرض الصور|ألبوم',
  es: 'de|anterior|siguiente|galería|foto|fotos|imagen|imágenes|ampliar|pantalla completa|ver galería',
  fr: 'sur|précédent|précédente|suivant|suivante|galerie|diaporama|photo|photos|image|images|agrandir|plein écran|voir la galerie',
  de: 'von|zurück|weiter|vorheriges|nächstes|galerie|bildergalerie|bilderstrecke|foto|fotos|bild|bilder|vergrößern|vollbild',
  pt: 'de|anterior|próxima|próximo|galeria|foto|fotos|imagem|imagens|ampliar|tela cheia',
  it: 'di|precedente|successiva|successivo|galleria|fotogallery|foto|immagine|immagini|ingrandisci|schermo intero',
  ru: 'из|назад|вперед|далее|галерея|фотогалерея|фото|изображение|увеличить',
  tr: 'önceki|sonraki|galeri|foto galeri|fotoğraf|fotoğraflar|büyüt|tam ekran',
  fa: 'از|قبلی|بعدی|گالری|عکس|تصویر|تصاویر',
  hi: 'में से|पिछला|अगला|गैलरी|फोटो|तस्वीर|तस्वीरें',
  zh: '上一张|下一张|图集|图片|相册|圖集|圖片|查看大图',
  ja: '前へ|次へ|ギャラリー|写真|画像|拡大',
};

/** Comment and rating UI: the words of a comment counter or a rating widget, alone on their line. */
export const COMMENT_UI_WORDS: PhraseGroup = {
  en: 'comment|comments|leave a comment|add a comment|post a comment|show comments|view comments|hide comments|join the conversation|join the discussion|reply|replies|rate this|rate this article|rating|ratings|votes|vote|reviews|like|likes|report|was this helpful|helpful|not helpful',
  ar: 'تعليق|تعليقات|التعليقات|أضف تعليق|اترك تعليقا|رد|تقييم|قيم هذا المقال|أعجبني',
  es: 'comentario|comentarios|deja un comentario|añadir comentario|ver comentarios|responder|valora|valoración|votos|me gusta',
  fr: 'commentaire|commentaires|laisser un commentaire|ajouter un commentaire|voir les commentaires|répondre|noter|note|votes|j’aime|signaler',
  de: 'kommentar|kommentare|kommentieren|kommentar schreiben|kommentare anzeigen|antworten|bewerten|bewertung|stimmen|gefällt mir|melden',
  pt: 'comentário|comentários|deixe um comentário|ver comentários|responder|avalie|avaliação|votos|curtir',
  it: 'commento|commenti|lascia un commento|mostra commenti|rispondi|vota|valutazione|voti|mi piace|segnala',
  ru: 'комментарий|комментарии|комментариев|оставить комментарий|ответить|оценить|рейтинг|голосов|нравится',
  tr: 'yorum|yorumlar|yorum yap|yorumları göster|yanıtla|puan|oy|beğen',
  fa: 'نظر|نظرات|دیدگاه|ارسال نظر|پاسخ|امتیاز|رای',
  hi: 'टिप्पणी|टिप्पणियां|कमेंट|जवाब दें|रेटिंग',
  zh: '评论|評論|发表评论|回复|评分|点赞|赞',
  ja: 'コメント|コメントする|返信|評価|いいね',
};

/**
 * Rights, reuse and citation footers, opening a block at the end. The bare word "copyright" is
 * not here: a sentence can open with it; "© 2025" / "Copyright 2025" are recognised by shape.
 */
export const COPYRIGHT_WORDS: PhraseGroup = {
  en: 'all rights reserved|may not be published|may not be reproduced|may not be republished|must not be reproduced|reprints and permissions|republish this article|cite this article|how to cite|citation:',
  ar: 'جميع الحقوق محفوظة|يمنع النقل|يحظر نسخ',
  es: 'todos los derechos reservados|derechos reservados|prohibida su reproducción|queda prohibida la reproducción|cómo citar',
  fr: 'tous droits réservés|droits réservés|reproduction interdite|toute reproduction|comment citer',
  de: 'alle rechte vorbehalten|nachdruck nur mit|weiterverbreitung nur mit|zitiervorschlag',
  pt: 'todos os direitos reservados|direitos reservados|proibida a reprodução|é proibida a reprodução|como citar',
  it: 'tutti i diritti riservati|riproduzione riservata|vietata la riproduzione|come citare',
  ru: 'все права защищены|перепечатка запрещена|при перепечатке|использование материалов',
  tr: 'tüm hakları saklıdır|izinsiz kullanılamaz|kaynak gösterilmeden',
  fa: 'کلیه حقوق محفوظ است|تمامی حقوق|نقل مطالب',
  hi: 'सर्वाधिकार सुरक्षित',
  zh: '版权所有|版權所有|未经授权|未經授權|不得转载|禁止转载',
  ja: '無断転載|無断転載を禁じます|all rights reserved',
};

/** Share bars; a block made only of these (and network names) is a share bar. */
export const SHARE_WORDS: PhraseGroup = {
  en: 'share|share this|share this article|share this story|share article|share on|share via|share to|tweet|copy link|copy url|link copied|copied|email|e-mail|print|send|more|comments|comment|save|bookmark|gift this article',
  ar: 'شارك|مشاركة|شارك على|انسخ الرابط|نسخ الرابط|طباعة|أرسل|حفظ|تعليقات',
  es: 'compartir|comparte|copiar enlace|imprimir|enviar por correo|enviar|guardar|comentarios',
  fr: 'partager|partagez|copier le lien|imprimer|envoyer par e-mail|envoyer|sauvegarder|commentaires',
  de: 'teilen|link kopieren|drucken|per e-mail senden|artikel teilen|senden|merken|kommentare',
  pt: 'compartilhar|partilhar|copiar link|imprimir|enviar|salvar|comentários',
  it: 'condividi|copia link|stampa|invia|salva|commenti',
  ru: 'поделиться|скопировать ссылку|печать|отправить|сохранить|комментарии',
  tr: 'paylaş|bağlantıyı kopyala|linki kopyala|yazdır|gönder|kaydet|yorumlar',
  fa: 'اشتراک گذاری|اشتراک|کپی لینک|چاپ|ارسال|ذخیره',
  hi: 'शेयर करें|शेयर|लिंक कॉपी करें|प्रिंट',
  zh: '分享|分享到|复制链接|複製連結|打印|列印',
  ja: 'シェア|シェアする|ツイート|リンクをコピー|印刷|はてなブックマーク',
};

/** Social networks as they are named on share and follow buttons. */
export const NETWORK_NAMES: PhraseGroup = {
  en: 'facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|messenger|flipboard|threads|bluesky|mastodon|instagram|youtube|tiktok|tumblr|vk|weibo|wechat|line|viber|snapchat|rss|hacker news|pocket|google news',
  ar: 'فيسبوك|تويتر|واتساب|تيليجرام|تلغرام|لينكد إن|انستغرام|يوتيوب',
  ru: 'вконтакте|одноклассники|телеграм',
  zh: '微信|微博|qq空间',
  ja: 'はてブ|ライン',
};

/** The page's own reader tools ("Enable Read mode", "100% Font Size", "Listen"). */
export const READER_CONTROL_WORDS: PhraseGroup = {
  en: 'enable read mode|disable read mode|read mode|reading mode|reader mode|font size|text size|decrease font size|increase font size|listen to this article|listen to article|listen|audio version|dark mode|night mode|print|zoom|reset|aa',
  ar: 'وضع القراءة|تفعيل وضع القراءة|حجم الخط|حجم النص|استمع|استمع للمقال|استمع إلى المقال|طباعة|تكبير|تصغير',
  es: 'modo lectura|modo de lectura|activar modo lectura|tamaño de letra|tamaño del texto|tamaño de fuente|escuchar|escuchar noticia|escuchar artículo',
  fr: "mode lecture|mode de lecture|taille du texte|taille de police|taille des caractères|écouter|écouter l'article",
  de: 'lesemodus|schriftgröße|textgröße|vorlesen|artikel anhören|anhören',
  pt: 'modo de leitura|tamanho da fonte|tamanho do texto|ouvir|ouvir matéria',
  it: "modalità lettura|dimensione del testo|dimensione carattere|ascolta|ascolta l'articolo",
  ru: 'режим чтения|размер шрифта|размер текста|слушать|прослушать',
  tr: 'okuma modu|yazı boyutu|yazı tipi boyutu|dinle|haberi dinle',
  fa: 'حالت مطالعه|اندازه فونت|اندازه متن|شنیدن|پخش صوتی',
  hi: 'रीड मोड|फ़ॉन्ट साइज़|फॉन्ट साइज|सुनें|खबर सुनें',
  zh: '阅读模式|字体大小|字号|朗读|閱讀模式|字體大小',
  ja: '文字サイズ|読み上げ|リーダーモード|記事を聞く',
};

/** A block whose whole text is one of these is an ad label ("Advertisement", "Anzeige"). */
export const AD_LABELS: PhraseGroup = {
  en: 'advertisement|advertisements|ad|ads|advert|sponsored|sponsored content|paid content|paid post|promoted|promoted content|story continues below advertisement|article continues below advertisement|continue reading below|scroll to continue with content|content continues below|advertisement - scroll to continue|remove ads',
  ar: 'إعلان|إعلانات|محتوى مدعوم|محتوى ممول|إعلان ممول',
  es: 'publicidad|anuncio|contenido patrocinado|patrocinado',
  fr: 'publicité|pub|annonce|contenu sponsorisé|sponsorisé',
  de: 'anzeige|werbung|gesponsert',
  pt: 'publicidade|anúncio|patrocinado|conteúdo patrocinado',
  it: 'pubblicità|annuncio|sponsorizzato|contenuto sponsorizzato',
  ru: 'реклама|спонсорский материал|на правах рекламы',
  tr: 'reklam|sponsorlu|sponsorlu içerik',
  fa: 'تبلیغات|آگهی',
  hi: 'विज्ञापन|प्रायोजित',
  zh: '广告|廣告|赞助内容|推广',
  ja: '広告|スポンサーリンク|pr|プロモーション',
};

/** Cookie and consent notices. */
export const COOKIE_WORDS: PhraseGroup = {
  en: 'we use cookies|this site uses cookies|this website uses cookies|uses cookies|cookie policy|cookie settings|cookie preferences|cookie consent|cookie notice|manage cookies|accept cookies|accept all cookies|use of cookies|we and our partners',
  ar: 'ملفات تعريف الارتباط|نستخدم ملفات|سياسة ملفات تعريف الارتباط|الكوكيز|ملفات الكوكيز',
  es: 'utilizamos cookies|usamos cookies|utiliza cookies|política de cookies|aceptar cookies|uso de cookies',
  fr: 'nous utilisons des cookies|utilise des cookies|politique de cookies|gestion des cookies|paramétrer les cookies|utilisation de cookies|utilisation des cookies',
  de: 'wir verwenden cookies|verwendet cookies|cookie-einstellungen|einsatz von cookies|nutzung von cookies',
  pt: 'utilizamos cookies|usamos cookies|política de cookies|aceitar cookies|uso de cookies',
  it: 'utilizziamo i cookie|utilizza cookie|utilizza i cookie|cookie policy|accetta i cookie|uso dei cookie',
  ru: 'мы используем файлы cookie|использует файлы cookie|файлы cookie|использование cookie',
  tr: 'çerez kullanıyoruz|çerezler|çerez politikası|çerezleri kabul',
  fa: 'کوکی ها|از کوکی',
  hi: 'कुकीज़ का उपयोग|कुकी नीति|कुकीज',
  zh: '我们使用cookie|cookie政策|使用cookie|cookies政策',
  ja: 'クッキーを使用|cookieを使用|クッキーポリシー|cookieポリシー',
};

/** Notices about the browser rather than the story ("Please enable JavaScript"). */
export const BROWSER_NOTICE_WORDS: PhraseGroup = {
  en: 'please enable javascript|enable javascript|javascript is disabled|javascript is required|you need to enable javascript|your browser does not support|this content requires javascript|requires javascript|turn on javascript|update your browser|using an ad blocker|disable your ad blocker|turn off your ad blocker|ad blocker detected|adblock detected|disable adblock',
  es: 'habilita javascript|activa javascript|tu navegador no es compatible',
  fr: 'activer javascript|activez javascript|votre navigateur ne prend pas en charge',
  de: 'javascript aktivieren|aktivieren sie javascript|ihr browser unterstützt',
  ar: 'تفعيل جافا سكريبت|متصفحك لا يدعم',
};

/** Dateline labels ("Published:", "Updated:") that repeat the header inside the body. */
export const DATELINE_LABELS: PhraseGroup = {
  en: 'published|updated|last updated|posted|posted on|published on|updated on|first published|modified|date',
  ar: 'نشر في|نشر|تاريخ النشر|آخر تحديث|تحديث|محدث|تم النشر',
  es: 'publicado|actualizado|última actualización|publicado el|actualizado el',
  fr: 'publié le|mis à jour le|publié|mis à jour',
  de: 'veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|veröffentlicht am',
  pt: 'publicado em|atualizado em|publicado|atualizado',
  it: 'pubblicato il|aggiornato il|pubblicato|aggiornato',
  ru: 'опубликовано|обновлено|дата публикации',
  tr: 'yayınlanma|güncellenme|yayın tarihi|son güncelleme|güncellendi|yayınlandı',
  fa: 'تاریخ انتشار|به روز رسانی|منتشر شده|انتشار',
  hi: 'प्रकाशित|अपडेटेड|अपडेट',
  zh: '发布时间|更新时间|发布于|發佈時間|更新時間',
  ja: '公開日|更新日|配信|公開',
};

/** Words that open a byline ("By Jane Doe"); stripped from bylines, and a repeated byline goes. */
export const BYLINE_PREFIXES: PhraseGroup = {
  en: 'by|written by|words by|reporting by|story by|author',
  ar: 'بقلم|كتب|كتبت|الكاتب|إعداد',
  es: 'por|autor|escrito por',
  fr: 'par|auteur',
  de: 'von|autor',
  pt: 'por|autor',
  it: 'di|autore',
  ru: 'автор|текст',
  tr: 'yazan|yazar|haber',
  fa: 'نویسنده|به قلم',
  hi: 'लेखक|द्वारा',
  zh: '作者|记者|文',
  ja: '著者|記者|文',
};

/**
 * Class and id words that hint at chrome. `words` match one whole word of a class or id
 * (`ad-wrapper`, `div-gpt-ad-1` → "ad"; `shareBar` → "share"); `names` match a whole class name
 * or one BEM part of it (`article__read-more` → "read-more"), never a substring, so
 * `entry-content-read-more` is not "read-more". A hint alone never removes anything.
 */
export interface ClassHint {
  words: string;
  names: string;
}

export const CLASS_HINTS = {
  advertisement: {
    words:
      'ad|ads|advert|adverts|advertisement|advertising|adslot|adunit|adsense|dfp|gpt|doubleclick|sponsor|sponsored',
    names: 'ad-slot|ad-unit|ad-container|ad-wrapper|ad-label',
  },
  share: { words: 'share|sharing|sharebar|sharetools|social|socials', names: 'social-links' },
  newsletter: {
    words: 'newsletter|newsletters|signup|subscribe|subscription|optin|mailchimp|mailing',
    names: 'sign-up|email-signup',
  },
  trending: {
    words: 'trending|popular|mostread|mostpopular|mostviewed',
    names:
      'most-read|most-popular|most-viewed|top-content|top-stories|editors-choice|editors-picks',
  },
  related: {
    words: 'related|readmore|recommended|recommendations|outbrain|taboola|alsoread|seealso|teasers',
    names:
      'read-more|see-also|more-stories|also-read|read-also|more-news|more-from|up-next|read-next',
  },
  cookie: { words: 'cookie|cookies|consent|gdpr|cmp', names: 'cookie-banner|cookie-notice' },
  paywall: {
    words: 'paywall|paywalled|regwall|premium|subscriber|subscribers|metered|meter|piano|tp',
    names: 'pay-wall|subscriber-only|subscription-wall|reg-wall|article-gate|content-gate',
  },
  toc: {
    words: 'toc|contents|outline|jumplinks|jumplist',
    names: 'table-of-contents|article-toc|in-this-article|on-this-page|jump-links|page-nav',
  },
  navigation: {
    words: 'breadcrumb|breadcrumbs|pagination|pager|tags|taglist|topics|kicker|eyebrow',
    names: 'tag-list|post-tags',
  },
  byline: {
    words:
      'byline|author|authors|autor|autorin|auteur|autore|dateline|timestamp|published|posted|date|dates|meta|source',
    names: 'post-meta|article-meta|entry-meta',
  },
  bio: {
    words: 'bio|bios|biography|authorbio|contributor',
    names:
      'author-bio|about-author|about-the-author|author-info|author-details|author-box|author-card|post-author|article-author|author-description',
  },
  caption: {
    words: 'caption|captions|credit|credits|figcaption',
    names: 'wp-caption-text|photo-credit|image-credit',
  },
} satisfies Record<string, ClassHint>;

/**
 * What an author's bio or contact line says ("… is a reporter for", "can be reached at"); a
 * block must also be short and sit at the end of the body or in a box classed as a bio.
 */
export const AUTHOR_BIO_WORDS: PhraseGroup = {
  en: "is a reporter|is a senior reporter|is a staff writer|is a freelance writer|is a freelance journalist|is a writer|is a journalist|is an editor|is a senior editor|is the editor|is a correspondent|is a contributor|is a contributing writer|is a columnist|is a producer|is the author of|may be reached at|can be reached at|can be contacted at|have a tip|got a tip|follow him on|follow her on|follow them on|contact the author|email the author|'s latest book|writes about",
  ar: 'صحفي في|مراسل|محرر في|كاتب صحفي|للتواصل مع الكاتب|تابعوه على|تابعها على',
  es: 'es periodista|es redactor|es redactora|es corresponsal|es editor|es editora|es colaborador|es colaboradora|puedes contactar|síguelo en|síguela en',
  fr: 'est journaliste|est rédacteur|est rédactrice|est correspondant|est correspondante|est collaborateur|est collaboratrice|suivez-le sur|suivez-la sur|contacter l’auteur|contacter l’auteure',
  de: 'ist redakteur|ist redakteurin|ist korrespondent|ist korrespondentin|ist journalist|ist journalistin|ist autor|ist autorin|folgen sie ihm|folgen sie ihr|erreichen sie unter',
  pt: 'é repórter|é jornalista|é redator|é redatora|é correspondente|é colunista|siga-o no|siga-a no',
  it: 'è giornalista|è redattore|è redattrice|è corrispondente|è collaboratore|è collaboratrice|seguilo su|seguila su',
  ru: 'журналист|корреспондент|обозреватель|редактор отдела',
  tr: 'muhabiri|gazeteci|editörü|yazarı',
  fa: 'خبرنگار|روزنامه نگار|دبیر سرویس',
  hi: 'पत्रकार हैं|संवाददाता हैं|संपादक हैं',
  zh: '记者|撰稿人|特约作者|編輯|编辑',
  ja: '記者|ライター|編集者|ジャーナリスト',
};

/** Wire credits at the foot of a story ("Reporting by …; Editing by …"). */
export const AGENCY_CREDIT_WORDS: PhraseGroup = {
  en: 'reporting by|additional reporting by|writing by|editing by|edited by|compiled by|source|sources|with reporting from|contributed to this report|contributed reporting',
  ar: 'المصدر|المصادر|تحرير|إعداد',
  es: 'fuente|fuentes|con información de|edición de|redacción',
  fr: 'source|sources|avec afp|édité par',
  de: 'quelle|quellen|mit material von|redaktion',
  pt: 'fonte|fontes|com informações de|edição',
  it: 'fonte|fonti|a cura di',
  ru: 'источник|источники|по материалам',
  tr: 'kaynak|kaynaklar|derleyen',
  fa: 'منبع|منابع',
  hi: 'स्रोत|इनपुट',
  zh: '来源|來源|责任编辑|責任編輯|编辑',
  ja: '出典|ソース',
};

/** Affiliate and sponsorship disclosures that open or close a post. */
export const DISCLOSURE_WORDS: PhraseGroup = {
  en: 'affiliate links|affiliate link|referral links|may earn a commission|earn a commission|we may earn|this post may contain|this article may contain|sponsored by|in partnership with|paid partnership|may receive compensation',
  ar: 'روابط تابعة|روابط الإحالة|قد نحصل على عمولة',
  es: 'enlaces de afiliado|enlaces afiliados|podemos recibir una comisión|patrocinado por',
  fr: "liens d'affiliation|liens affiliés|nous pouvons percevoir une commission|sponsorisé par",
  de: 'affiliate-links|affiliate links|provisionslinks|erhalten wir eine provision|gesponsert von',
  pt: 'links de afiliados|links afiliados|podemos receber uma comissão|patrocinado por',
  it: 'link di affiliazione|link affiliati|potremmo ricevere una commissione|sponsorizzato da',
  ru: 'партнерские ссылки|партнёрские ссылки|на правах рекламы',
  tr: 'satış ortaklığı bağlantıları|komisyon alabiliriz',
  fa: 'لینک های همکاری در فروش',
  hi: 'एफिलिएट लिंक|कमीशन मिल सकता है',
  zh: '联盟链接|推广链接|可能获得佣金',
  ja: 'アフィリエイトリンク|アフィリエイト広告|手数料を受け取る',
};

/**
 * Photo credits ("AP Photo/…", "Image copyright", "Foto: …") that mark a line under an image as
 * its caption. Only credit forms: "the photo shows…" is a sentence.
 */
export const CREDIT_WORDS: PhraseGroup = {
  en: 'ap photo|photo by|photo credit|photo:|photos:|image copyright|image caption|image source|image credit|image:|credit:|credits:|photograph:|getty images|reuters|afp|epa|shutterstock|file photo|courtesy of|handout|illustration:',
  ar: 'صورة:|الصورة:|رويترز|أ ف ب|غيتي',
  es: 'foto:|fotografía:|imagen:|crédito:|foto de archivo|cortesía de',
  fr: 'photo :|photo:|crédit photo|crédit :|illustration :',
  de: 'foto:|bild:|bildquelle|fotograf:',
  pt: 'foto:|imagem:|crédito:|reprodução|divulgação',
  it: 'foto:|immagine:|credito:|foto di archivio',
  ru: 'фото:|фотография:|изображение:',
  tr: 'fotoğraf:|foto:|görsel:',
  fa: 'عکس:|تصویر:|منبع عکس',
  hi: 'फोटो:|तस्वीर:|फोटो साभार',
  zh: '图片来源|圖片來源|摄影：|攝影：|资料图|資料照',
  ja: '写真：|画像：|撮影：|提供：',
};

/** Calls to "click here" that make a short line a promo rather than a sentence. */
export const CLICK_HERE_WORDS: PhraseGroup = {
  en: 'click here|clicking here|tap here|click to|get the app|download the app',
  ar: 'اضغط هنا|انقر هنا',
  es: 'haz clic aquí|haga clic aquí|pulsa aquí',
  fr: 'cliquez ici|cliquer ici',
  de: 'hier klicken|klicken sie hier',
  pt: 'clique aqui',
  it: 'clicca qui',
  ru: 'нажмите здесь|жмите сюда',
  tr: 'buraya tıklayın|tıklayın',
  fa: 'اینجا کلیک کنید',
  hi: 'यहां क्लिक करें|यहाँ क्लिक करें',
  zh: '点击这里|點擊這裡|点击此处',
  ja: 'こちらをクリック|ここをクリック',
};

/**
 * The label of a press release's company boilerplate ("About Northwind", "Über die Firma"); the
 * section must also sit in the last part of the body and describe a company (below).
 */
export const ABOUT_LABELS: PhraseGroup = {
  en: 'about|about the company|company profile|media contact|media contacts|press contact|contact|contacts|investor contact|forward-looking statements|safe harbor statement|note to editors|notes to editors',
  ar: 'نبذة عن|حول|عن الشركة|للتواصل الإعلامي',
  es: 'acerca de|sobre|contacto de prensa|contacto para medios',
  fr: 'à propos de|a propos de|contact presse|contacts presse',
  de: 'über|pressekontakt|kontakt',
  pt: 'sobre|contato para imprensa|contato de imprensa',
  it: 'informazioni su|chi è|contatti stampa|ufficio stampa',
  ru: 'о компании|контакты для сми',
  tr: 'hakkında|basın iletişim',
  fa: 'درباره|تماس رسانه ای',
  hi: 'के बारे में|मीडिया संपर्क',
  zh: '关于|關於|媒体联系|媒體聯絡',
  ja: 'について|会社概要|報道関係者',
};

/** How a company describes itself in boilerplate; two of these make a block boilerplate. */
export const COMPANY_WORDS: PhraseGroup = {
  en: 'is a leading|is a global|is the leading|is a world leader|a leading provider|provider of|headquartered in|is headquartered|founded in|employs|employees|subsidiaries|listed on|nasdaq|nyse|stock exchange|for more information|please visit|offices in|customers in|countries',
  ar: 'شركة رائدة|مقرها|تأسست عام|لمزيد من المعلومات|موظف',
  es: 'líder mundial|empresa líder|con sede en|fundada en|empleados|cotiza en|para más información|países',
  fr: 'leader mondial|un leader|basée à|dont le siège|fondée en|collaborateurs|salariés|cotée|pour plus d’informations|pays',
  de: 'weltweit führend|führender anbieter|hauptsitz|gegründet|mitarbeiter|börse|weitere informationen|ländern',
  pt: 'líder global|empresa líder|com sede em|fundada em|funcionários|colaboradores|listada|para mais informações|países',
  it: 'leader mondiale|azienda leader|con sede a|fondata nel|dipendenti|quotata|per maggiori informazioni|paesi',
  ru: 'ведущий|штаб-квартира|основана в|сотрудников|подробнее на',
  tr: 'lider|merkezi|kurulan|çalışan|borsa',
  fa: 'پیشرو|دفتر مرکزی|تاسیس|کارمند',
  hi: 'अग्रणी|मुख्यालय|स्थापना|कर्मचारी',
  zh: '领先的|领先|总部位于|成立于|员工|上市',
  ja: 'リーディングカンパニー|本社|設立|従業員|上場',
};
