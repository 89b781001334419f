/**
 * The general welcome text, in the languages the municipalities' strategies name (Danish, English,
 * German, the other packet languages (Ukrainian, Arabic, Polish, Romanian), and Chinese, Russian,
 * Spanish, French). `{municipality}` is the municipality's name.
 */
export const WELCOME_TEXT_LANGUAGES = ["da", "en", "de", "uk", "ar", "pl", "ro", "zh", "ru", "es", "fr"] as const;
export type TWelcomeTextLanguage = (typeof WELCOME_TEXT_LANGUAGES)[number];

type TWelcomeText = { nativeName: string; dir: "ltr" | "rtl"; heading: string; paragraphs: string[] };

export const GENERAL_WELCOME_TEXTS: Record<TWelcomeTextLanguage, TWelcomeText> = {
  da: {
    nativeName: "Dansk",
    dir: "ltr",
    heading: "Velkommen til {municipality}",
    paragraphs: [
      "Vi er glade for, at du har valgt at bo i {municipality} Kommune. Her bor mennesker fra mange lande, og vi vil gerne hjælpe dig godt i gang.",
      "Kom forbi Borgerservice kort efter, at du er flyttet ind. Vi hjælper med CPR-nummer, sundhedskort, MitID og Digital Post, og vi fortæller dig, hvad der gælder for din familie: skole, dagtilbud, job og danskundervisning.",
      "Biblioteket og de lokale foreninger er gode steder at møde nye mennesker. Velkommen!",
    ],
  },
  en: {
    nativeName: "English",
    dir: "ltr",
    heading: "Welcome to {municipality}",
    paragraphs: [
      "We are glad that you have chosen to live in {municipality} Municipality. People from many countries live here, and we want to help you get off to a good start.",
      "Visit Citizen Service (Borgerservice) soon after you move in. We help you with your CPR number, health insurance card, MitID and Digital Post, and we tell you what applies to your family: school, daycare, work and Danish classes.",
      "The library and the local associations are good places to meet new people. Welcome!",
    ],
  },
  de: {
    nativeName: "Deutsch",
    dir: "ltr",
    heading: "Willkommen in {municipality}",
    paragraphs: [
      "Wir freuen uns, dass Sie sich entschieden haben, in der Kommune {municipality} zu wohnen. Hier leben Menschen aus vielen Ländern, und wir möchten Ihnen einen guten Start ermöglichen.",
      "Besuchen Sie den Bürgerservice (Borgerservice) bald nach Ihrem Einzug. Wir helfen Ihnen mit CPR-Nummer, Krankenversicherungskarte, MitID und Digital Post und sagen Ihnen, was für Ihre Familie gilt: Schule, Kinderbetreuung, Arbeit und Dänischunterricht.",
      "Die Bibliothek und die örtlichen Vereine sind gute Orte, um neue Menschen kennenzulernen. Willkommen!",
    ],
  },
  uk: {
    nativeName: "Українська",
    dir: "ltr",
    heading: "Ласкаво просимо до {municipality}",
    paragraphs: [
      "Ми раді, що ви вирішили жити в комуні {municipality}. Тут живуть люди з багатьох країн, і ми хочемо допомогти вам добре розпочати.",
      "Невдовзі після переїзду прийдіть до Служби для громадян (Borgerservice). Ми допоможемо з номером CPR, карткою медичного страхування, MitID і Digital Post та розповімо, що стосується вашої родини: школа, дитячий садок, робота й курси данської мови.",
      "Бібліотека та місцеві об’єднання — добрі місця, щоб познайомитися з новими людьми. Ласкаво просимо!",
    ],
  },
  pl: {
    nativeName: "Polski",
    dir: "ltr",
    heading: "Witamy w {municipality}",
    paragraphs: [
      "Cieszymy się, że wybrano gminę {municipality} na miejsce zamieszkania. Mieszkają tu ludzie z wielu krajów i chcemy pomóc w dobrym starcie.",
      "Wkrótce po przeprowadzce przyjdź do Biura Obsługi Mieszkańców (Borgerservice). Pomożemy z numerem CPR, kartą ubezpieczenia zdrowotnego, MitID i Digital Post oraz powiemy, co dotyczy Twojej rodziny: szkoła, opieka nad dziećmi, praca i kursy duńskiego.",
      "Biblioteka i lokalne stowarzyszenia to dobre miejsca, by poznać nowych ludzi. Witamy!",
    ],
  },
  ro: {
    nativeName: "Română",
    dir: "ltr",
    heading: "Bun venit în {municipality}",
    paragraphs: [
      "Ne bucurăm că ați ales să locuiți în comuna {municipality}. Aici trăiesc oameni din multe țări și vrem să vă ajutăm să începeți cu bine.",
      "Veniți la Serviciul pentru Cetățeni (Borgerservice) la scurt timp după mutare. Vă ajutăm cu numărul CPR, cardul de asigurare de sănătate, MitID și Digital Post și vă spunem ce se aplică familiei dumneavoastră: școală, îngrijirea copiilor, muncă și cursuri de daneză.",
      "Biblioteca și asociațiile locale sunt locuri bune pentru a cunoaște oameni noi. Bun venit!",
    ],
  },
  zh: {
    nativeName: "中文",
    dir: "ltr",
    heading: "欢迎来到{municipality}",
    paragraphs: [
      "我们很高兴您选择在{municipality}市居住。这里生活着来自许多国家的人，我们希望帮助您顺利开始新生活。",
      "搬入后请尽快前往市民服务中心（Borgerservice）。我们会帮助您办理CPR号码、医疗保险卡、MitID和电子邮政（Digital Post），并告诉您适用于您家庭的事项：学校、托儿、工作和丹麦语课程。",
      "图书馆和当地社团是结识新朋友的好地方。欢迎您！",
    ],
  },
  ar: {
    nativeName: "العربية",
    dir: "rtl",
    heading: "مرحبًا بكم في {municipality}",
    paragraphs: [
      "يسعدنا أنكم اخترتم السكن في بلدية {municipality}. يعيش هنا أشخاص من بلدان كثيرة، ونريد أن نساعدكم على بداية جيدة.",
      "قوموا بزيارة خدمة المواطنين (Borgerservice) بعد انتقالكم بوقت قصير. نساعدكم في الحصول على رقم CPR وبطاقة التأمين الصحي وMitID والبريد الرقمي، ونخبركم بما ينطبق على عائلتكم: المدرسة ورعاية الأطفال والعمل ودروس اللغة الدنماركية.",
      "المكتبة والجمعيات المحلية أماكن جيدة للتعرف على أشخاص جدد. أهلًا وسهلًا!",
    ],
  },
  ru: {
    nativeName: "Русский",
    dir: "ltr",
    heading: "Добро пожаловать в {municipality}",
    paragraphs: [
      "Мы рады, что вы решили жить в коммуне {municipality}. Здесь живут люди из многих стран, и мы хотим помочь вам хорошо начать.",
      "Вскоре после переезда зайдите в службу по работе с гражданами (Borgerservice). Мы поможем с номером CPR, картой медицинского страхования, MitID и Digital Post и расскажем, что касается вашей семьи: школа, детский сад, работа и курсы датского языка.",
      "Библиотека и местные объединения — хорошие места, чтобы познакомиться с новыми людьми. Добро пожаловать!",
    ],
  },
  es: {
    nativeName: "Español",
    dir: "ltr",
    heading: "Bienvenido a {municipality}",
    paragraphs: [
      "Nos alegra que haya elegido vivir en el municipio de {municipality}. Aquí viven personas de muchos países y queremos ayudarle a empezar con buen pie.",
      "Visite el Servicio al Ciudadano (Borgerservice) poco después de mudarse. Le ayudamos con el número CPR, la tarjeta sanitaria, MitID y Digital Post, y le explicamos lo que corresponde a su familia: escuela, guardería, trabajo y clases de danés.",
      "La biblioteca y las asociaciones locales son buenos lugares para conocer gente nueva. ¡Bienvenido!",
    ],
  },
  fr: {
    nativeName: "Français",
    dir: "ltr",
    heading: "Bienvenue à {municipality}",
    paragraphs: [
      "Nous sommes heureux que vous ayez choisi de vivre dans la commune de {municipality}. Des personnes de nombreux pays vivent ici, et nous voulons vous aider à bien commencer.",
      "Rendez-vous au service aux citoyens (Borgerservice) peu après votre emménagement. Nous vous aidons pour le numéro CPR, la carte d'assurance maladie, MitID et Digital Post, et nous vous indiquons ce qui concerne votre famille : école, garde d'enfants, travail et cours de danois.",
      "La bibliothèque et les associations locales sont de bons endroits pour rencontrer de nouvelles personnes. Bienvenue !",
    ],
  },
};

export function isWelcomeTextLanguage(value: string): value is TWelcomeTextLanguage {
  return (WELCOME_TEXT_LANGUAGES as readonly string[]).includes(value);
}

export function fillMunicipality(text: string, municipality: string): string {
  return text.replaceAll("{municipality}", municipality);
}
