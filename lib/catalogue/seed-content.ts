import type { TPacketLanguage } from "@/lib/i18n/languages";
import { SHIPPED_TRANSLATIONS, type TSeedText } from "./seed-texts";

/** The languages the built-in texts are written in here; the others are in ./seed-texts. */
type TFirstLanguage = "en" | "de" | "da";
type TText = { title: string; body: string };
/**
 * Where the step is done: one of the municipality's offices or national bodies (looked up by a part
 * of its name; `url`, a link the step shows with it), or a place named per language, or a proper
 * name that is the same in every language (an authority's own name).
 */
type TWhere =
  | { office: "Borgerservice" | "Jobcenter" | "Bibliotek" | "SIRI" | "Skattestyrelsen"; url?: string }
  | { name: string | Record<TFirstLanguage, string>; url: string };

export type TStepSeed = {
  key: string;
  where: TWhere;
  sourceUrl: string;
  texts: Record<TFirstLanguage, TText>;
  /** When the facts were last checked, if later than CATALOGUE_CHECKED_ON. */
  checkedOn?: string;
};

/** The municipality's youth guidance: where the steps for young people of 15 to 17 are done. */
const YOUTH_GUIDANCE: TWhere = {
  name: { en: "The municipality's youth guidance (KUI)", de: "Jugendberatung der Kommune (KUI)", da: "Kommunens ungeindsats (KUI)" },
  url: "https://www.ug.dk",
};

/** Facts as of the checked-on date below, written from shared/NEWCOMER-STEPS.md; administrators edit them in the app. */
export const CATALOGUE_CHECKED_ON = "2026-11-01";

export const STEP_SEEDS: TStepSeed[] = [
  {
    key: "cpr-registration",
    where: { office: "Borgerservice" },
    sourceUrl: "https://lifeindenmark.borger.dk",
    texts: {
      en: {
        title: "Register for a CPR number",
        body: "Everyone staying in Denmark for more than three months registers at Citizen Service (Borgerservice) within 5 days of moving in. Bring your passport, residence document and rental contract; documents in Danish, English or German are accepted.\n\nYou choose your doctor (GP) when you register. The yellow health insurance card arrives by post about 14 days later; in many municipalities it is also your library card.",
      },
      de: {
        title: "CPR-Nummer beantragen",
        body: "Wer länger als drei Monate in Dänemark bleibt, meldet sich innerhalb von 5 Tagen nach dem Einzug beim Bürgerservice (Borgerservice) an. Bringen Sie Reisepass, Aufenthaltsdokument und Mietvertrag mit; Dokumente auf Dänisch, Englisch oder Deutsch werden akzeptiert.\n\nBei der Anmeldung wählen Sie Ihren Hausarzt. Die gelbe Krankenversicherungskarte kommt etwa 14 Tage später per Post; in vielen Kommunen ist sie auch Ihr Bibliotheksausweis.",
      },
      da: {
        title: "Bliv registreret i CPR",
        body: "Alle, der bliver i Danmark i mere end tre måneder, skal registreres i Borgerservice senest 5 dage efter indflytning. Medbring pas, opholdsdokument og lejekontrakt; dokumenter på dansk, engelsk eller tysk accepteres.\n\nDu vælger læge ved registreringen. Det gule sundhedskort kommer med posten cirka 14 dage senere; i mange kommuner er det også dit lånerkort på biblioteket.",
      },
    },
  },
  {
    key: "eu-residence-document",
    where: { office: "SIRI", url: "https://lifeindenmark.borger.dk" },
    sourceUrl: "https://lifeindenmark.borger.dk",
    texts: {
      en: {
        title: "Apply for the EU residence document",
        body: "As a citizen of the EU, the EEA or Switzerland you apply to SIRI for an EU residence document within 3 months of arrival (6 months if you are looking for work). You may work from day one.\n\nApply to SIRI first and then register for CPR: the document must be less than 6 months old when you register. A spouse or partner and children under 21 apply too.",
      },
      de: {
        title: "EU-Aufenthaltsdokument beantragen",
        body: "Als Bürgerin oder Bürger der EU, des EWR oder der Schweiz beantragen Sie innerhalb von 3 Monaten nach der Ankunft bei SIRI ein EU-Aufenthaltsdokument (6 Monate, wenn Sie Arbeit suchen). Sie dürfen vom ersten Tag an arbeiten.\n\nStellen Sie zuerst den Antrag bei SIRI und melden Sie sich dann für die CPR an: Das Dokument darf bei der Anmeldung höchstens 6 Monate alt sein. Ehe- oder Lebenspartner und Kinder unter 21 stellen ebenfalls einen Antrag.",
      },
      da: {
        title: "Søg om EU-opholdsdokument",
        body: "Som statsborger i EU, EØS eller Schweiz søger du SIRI om et EU-opholdsdokument senest 3 måneder efter ankomst (6 måneder, hvis du søger arbejde). Du må arbejde fra første dag.\n\nSøg først hos SIRI og bliv derefter registreret i CPR: dokumentet må højst være 6 måneder gammelt ved registreringen. Ægtefælle eller partner og børn under 21 søger også.",
      },
    },
  },
  {
    key: "work-permit-follow-up",
    where: { office: "Borgerservice" },
    sourceUrl: "https://www.workindenmark.dk",
    texts: {
      en: {
        title: "Your work permit",
        body: "Your residence and work permit was granted before you arrived. Bring it when you register for CPR, and keep the conditions in mind: the permit is tied to the job it was granted for. Contact SIRI before you change jobs.",
      },
      de: {
        title: "Ihre Arbeitserlaubnis",
        body: "Ihre Aufenthalts- und Arbeitserlaubnis wurde vor Ihrer Ankunft erteilt. Bringen Sie sie zur CPR-Anmeldung mit und beachten Sie die Bedingungen: Die Erlaubnis gilt für die Stelle, für die sie erteilt wurde. Wenden Sie sich an SIRI, bevor Sie die Stelle wechseln.",
      },
      da: {
        title: "Din arbejdstilladelse",
        body: "Din opholds- og arbejdstilladelse blev givet, før du kom. Tag den med, når du bliver registreret i CPR, og husk betingelserne: tilladelsen gælder det job, den er givet til. Kontakt SIRI, før du skifter job.",
      },
    },
  },
  {
    key: "student-registration",
    where: { office: "Borgerservice" },
    sourceUrl: "https://lifeindenmark.borger.dk",
    texts: {
      en: {
        title: "Registration as a student",
        body: "Many universities hold dedicated registration days for international students, where you can register for CPR on campus. If you work beside your studies, apply for a tax card; special student rules apply.",
      },
      de: {
        title: "Anmeldung als Studierende",
        body: "Viele Universitäten bieten eigene Anmeldetage für internationale Studierende an, an denen Sie sich auf dem Campus für die CPR anmelden können. Wenn Sie neben dem Studium arbeiten, beantragen Sie eine Steuerkarte; es gelten besondere Regeln für Studierende.",
      },
      da: {
        title: "Registrering som studerende",
        body: "Mange universiteter holder registreringsdage for internationale studerende, hvor du kan blive registreret i CPR på campus. Arbejder du ved siden af studiet, så søg om skattekort; der gælder særlige regler for studerende.",
      },
    },
  },
  {
    key: "integration-programme",
    where: { office: "Jobcenter" },
    sourceUrl: "https://refugees.dk",
    texts: {
      en: {
        title: "Your contract and programme with the municipality",
        body: "Within one month of your arrival the municipality draws up a contract with you and plans your programme (the self-support and return programme) of Danish lessons and job activities for 1 to 5 years. A mentor may help you with Jobnet, Joblog and the bank.",
      },
      de: {
        title: "Ihr Vertrag und Programm mit der Kommune",
        body: "Innerhalb eines Monats nach Ihrer Ankunft schließt die Kommune einen Vertrag mit Ihnen und plant Ihr Programm (Selbstversorgungs- und Rückkehrprogramm) aus Dänischunterricht und Arbeitsaktivitäten für 1 bis 5 Jahre. Eine Mentorin oder ein Mentor kann Ihnen bei Jobnet, Joblog und der Bank helfen.",
      },
      da: {
        title: "Din kontrakt og dit program med kommunen",
        body: "Senest en måned efter din ankomst laver kommunen en kontrakt med dig og planlægger dit selvforsørgelses- og hjemrejseprogram med danskundervisning og jobaktiviteter i 1 til 5 år. En mentor kan hjælpe dig med Jobnet, Joblog og banken.",
      },
    },
  },
  {
    key: "nemkonto",
    where: { name: { en: "Your bank", de: "Ihre Bank", da: "Din bank" }, url: "https://lifeindenmark.borger.dk" },
    sourceUrl: "https://digitaldenmark.dk",
    texts: {
      en: {
        title: "Choose a NemKonto",
        body: "Every resident nominates one bank account, the NemKonto, for payments from public authorities such as tax refunds and benefits. Your bank can set it up when you open an account.",
      },
      de: {
        title: "Eine NemKonto wählen",
        body: "Alle Einwohner bestimmen ein Bankkonto, die NemKonto, für Zahlungen von Behörden wie Steuererstattungen und Leistungen. Ihre Bank kann sie einrichten, wenn Sie ein Konto eröffnen.",
      },
      da: {
        title: "Vælg en NemKonto",
        body: "Alle borgere udpeger én bankkonto, NemKontoen, til udbetalinger fra det offentlige, fx skat og ydelser. Din bank kan oprette den, når du åbner en konto.",
      },
    },
  },
  {
    key: "mitid",
    where: { office: "Borgerservice" },
    sourceUrl: "https://www.mitid.dk",
    texts: {
      en: {
        title: "Get MitID, your digital ID",
        body: "With a CPR number you can get MitID from age 15 (13 and 14 are possible) through your bank or Citizen Service. Bring an accepted ID document; the MitID app can read the chip in your passport. You use MitID for public services, your bank and Digital Post.",
      },
      de: {
        title: "MitID, Ihre digitale ID, erhalten",
        body: "Mit einer CPR-Nummer erhalten Sie MitID ab 15 Jahren (mit 13 und 14 möglich) über Ihre Bank oder den Bürgerservice. Bringen Sie ein anerkanntes Ausweisdokument mit; die MitID-App kann den Chip in Ihrem Reisepass lesen. Sie nutzen MitID für Behörden, Ihre Bank und Digital Post.",
      },
      da: {
        title: "Få MitID",
        body: "Med et CPR-nummer kan du få MitID fra 15 år (13 og 14 år er muligt) gennem din bank eller Borgerservice. Medbring gyldig legitimation; MitID-appen kan læse chippen i dit pas. Du bruger MitID til det offentlige, din bank og Digital Post.",
      },
    },
  },
  {
    key: "digital-post",
    where: { name: "borger.dk", url: "https://lifeindenmark.borger.dk" },
    sourceUrl: "https://digitaldenmark.dk",
    texts: {
      en: {
        title: "Read your Digital Post",
        body: "Public authorities write to you through Digital Post, which you open with MitID in the Digital Post app, on borger.dk or in e-Boks. Letters there count as delivered, so check it regularly.",
      },
      de: {
        title: "Digital Post lesen",
        body: "Behörden schreiben Ihnen über Digital Post, die Sie mit MitID in der Digital-Post-App, auf borger.dk oder in e-Boks öffnen. Briefe dort gelten als zugestellt; sehen Sie also regelmäßig nach.",
      },
      da: {
        title: "Læs din Digital Post",
        body: "Det offentlige skriver til dig via Digital Post, som du åbner med MitID i Digital Post-appen, på borger.dk eller i e-Boks. Breve dér regnes som modtaget, så tjek den jævnligt.",
      },
    },
  },
  {
    key: "tax-card",
    where: { office: "Skattestyrelsen", url: "https://skat.dk" },
    sourceUrl: "https://skat.dk",
    texts: {
      en: {
        title: "Get a tax card",
        body: "Apply to the Danish Tax Agency (Skattestyrelsen) for a preliminary income assessment (forskudsopgørelse), which gives you your tax card. It takes about two weeks. Without a tax card your employer must withhold 55 % of your pay.",
      },
      de: {
        title: "Steuerkarte beantragen",
        body: "Beantragen Sie bei der dänischen Steuerbehörde (Skattestyrelsen) eine vorläufige Einkommensveranlagung (forskudsopgørelse), mit der Sie Ihre Steuerkarte erhalten. Das dauert etwa zwei Wochen. Ohne Steuerkarte muss Ihr Arbeitgeber 55 % Ihres Lohns einbehalten.",
      },
      da: {
        title: "Få et skattekort",
        body: "Søg Skattestyrelsen om en forskudsopgørelse, som giver dig dit skattekort. Det tager cirka to uger. Uden skattekort skal din arbejdsgiver trække 55 % af din løn.",
      },
    },
  },
  {
    key: "daycare",
    where: { office: "Borgerservice" },
    sourceUrl: "https://lifeindenmark.borger.dk",
    texts: {
      en: {
        title: "Daycare for {child}",
        body: "Children have a right to a daycare place (the daycare guarantee) from the age of 26 weeks until they start school. Apply through the municipality's daycare allocation once the child has a CPR number. Parents pay at most about a quarter to a third of the cost.",
      },
      de: {
        title: "Kinderbetreuung für {child}",
        body: "Kinder haben ab einem Alter von 26 Wochen bis zum Schulbeginn Anspruch auf einen Betreuungsplatz (Betreuungsgarantie). Beantragen Sie ihn über die Platzvergabe der Kommune, sobald das Kind eine CPR-Nummer hat. Eltern zahlen höchstens etwa ein Viertel bis ein Drittel der Kosten.",
      },
      da: {
        title: "Dagtilbud til {child}",
        body: "Børn har ret til en plads i dagtilbud (pasningsgaranti) fra 26 uger, til de begynder i skole. Søg gennem kommunens pladsanvisning, når barnet har et CPR-nummer. Forældre betaler højst omkring en fjerdedel til en tredjedel af udgiften.",
      },
    },
  },
  {
    key: "language-assessment",
    where: { office: "Borgerservice" },
    sourceUrl: "https://lifeindenmark.borger.dk",
    texts: {
      en: {
        title: "Language assessment for {child}",
        body: "Around the age of 3, children's language is assessed. Bilingual children who need support get language stimulation in daycare, and parents take part. The daycare or the municipality contacts you.",
      },
      de: {
        title: "Sprachstandserhebung für {child}",
        body: "Im Alter von etwa 3 Jahren wird die Sprache der Kinder eingeschätzt. Zweisprachige Kinder, die Unterstützung brauchen, erhalten Sprachförderung in der Kinderbetreuung, und die Eltern machen mit. Die Einrichtung oder die Kommune meldet sich bei Ihnen.",
      },
      da: {
        title: "Sprogvurdering af {child}",
        body: "Omkring 3-årsalderen bliver børns sprog vurderet. Tosprogede børn, der har brug for støtte, får sprogstimulering i dagtilbuddet, og forældrene deltager. Dagtilbuddet eller kommunen kontakter dig.",
      },
    },
  },
  {
    key: "school-enrolment",
    where: { office: "Borgerservice" },
    sourceUrl: "https://lifeindenmark.borger.dk",
    texts: {
      en: {
        title: "School for {child}",
        body: "Ten years of education are compulsory from 1 August of the year a child turns 6, for children staying at least 6 months. Your address decides the district school, and you may choose another school.\n\nPupils aged 6 to 17 with little or no Danish can start in a reception class (modtageklasse) at any time of year, free and for up to 2 years. Families staying for a limited time can also look at an international school.",
      },
      de: {
        title: "Schule für {child}",
        body: "Für Kinder, die mindestens 6 Monate bleiben, gilt eine zehnjährige Schulpflicht ab dem 1. August des Jahres, in dem das Kind 6 wird. Ihre Adresse bestimmt die Bezirksschule; Sie können eine andere Schule wählen.\n\nSchülerinnen und Schüler von 6 bis 17 Jahren mit wenig oder keinem Dänisch können jederzeit im Jahr in einer Empfangsklasse (modtageklasse) beginnen, kostenlos und bis zu 2 Jahre. Familien, die nur für begrenzte Zeit bleiben, können auch eine internationale Schule in Betracht ziehen.",
      },
      da: {
        title: "Skole til {child}",
        body: "Der er ti års undervisningspligt fra 1. august i det år, barnet fylder 6, for børn, der bliver mindst 6 måneder. Din adresse afgør distriktsskolen, og du kan vælge en anden skole.\n\nElever på 6 til 17 år med lidt eller intet dansk kan begynde i en modtageklasse når som helst på året, gratis og i op til 2 år. Familier, der bliver en begrænset tid, kan også se på en international skole.",
      },
    },
  },
  {
    key: "youth-guidance",
    checkedOn: "2026-12-05",
    where: YOUTH_GUIDANCE,
    sourceUrl: "https://www.ug.dk",
    texts: {
      en: {
        title: "Education and guidance for {child}",
        body: "Young people under 18 in Denmark are expected to be in education, a job or another activity agreed with the municipality. The municipality's youth guidance (kommunal ungeindsats, KUI) helps {child} find the way: upper secondary school (gymnasium), a vocational education, or the preparatory basic education (FGU) for those who need Danish or school subjects first.\n\nBook a talk with a guidance counsellor soon after you arrive; bring school reports from your home country if you have them. UddannelsesGuiden (ug.dk) describes every education.",
      },
      de: {
        title: "Ausbildung und Beratung für {child}",
        body: "Von Jugendlichen unter 18 in Dänemark wird erwartet, dass sie eine Ausbildung machen, arbeiten oder einer anderen mit der Kommune vereinbarten Tätigkeit nachgehen. Die Jugendberatung der Kommune (kommunal ungeindsats, KUI) hilft {child}, den Weg zu finden: Gymnasium, eine Berufsausbildung oder die vorbereitende Grundausbildung (FGU) für alle, die zuerst Dänisch oder Schulfächer brauchen.\n\nVereinbaren Sie bald nach der Ankunft ein Gespräch mit einer Beraterin oder einem Berater; bringen Sie Zeugnisse aus Ihrem Heimatland mit, wenn Sie welche haben. UddannelsesGuiden (ug.dk) beschreibt alle Ausbildungen.",
      },
      da: {
        title: "Uddannelse og vejledning til {child}",
        body: "Unge under 18 i Danmark skal være i uddannelse, job eller en anden aktivitet, der er aftalt med kommunen. Kommunens ungeindsats (KUI) hjælper {child} med at finde vejen: gymnasium, en erhvervsuddannelse eller den forberedende grunduddannelse (FGU) for dem, der først har brug for dansk eller skolefag.\n\nBook en samtale med en vejleder kort efter ankomsten, og tag gerne skolepapirer fra hjemlandet med. UddannelsesGuiden (ug.dk) beskriver alle uddannelser.",
      },
    },
  },
  {
    key: "youth-danish",
    checkedOn: "2026-12-05",
    where: YOUTH_GUIDANCE,
    sourceUrl: "https://www.ug.dk",
    texts: {
      en: {
        title: "Danish for {child}",
        body: "Young people learn Danish through school until they are 18: in a reception class (modtageklasse, up to age 17), with Danish as a second language in an ordinary class, or in the preparatory basic education (FGU), which teaches Danish alongside other subjects. Danish education for adults starts at 18.\n\nThe municipality's youth guidance finds the offer that fits the young person's age and schooling so far.",
      },
      de: {
        title: "Dänisch für {child}",
        body: "Jugendliche lernen Dänisch bis zum Alter von 18 Jahren über die Schule: in einer Empfangsklasse (modtageklasse, bis 17 Jahre), mit Dänisch als Zweitsprache in einer regulären Klasse oder in der vorbereitenden Grundausbildung (FGU), die Dänisch neben anderen Fächern unterrichtet. Der Dänischunterricht für Erwachsene beginnt mit 18.\n\nDie Jugendberatung der Kommune findet das Angebot, das zum Alter und zur bisherigen Schulbildung passt.",
      },
      da: {
        title: "Dansk til {child}",
        body: "Unge lærer dansk gennem skolen, til de fylder 18: i en modtageklasse (op til 17 år), med dansk som andetsprog i en almindelig klasse eller på den forberedende grunduddannelse (FGU), der underviser i dansk sammen med andre fag. Danskuddannelse for voksne begynder ved 18 år.\n\nKommunens ungeindsats finder det tilbud, der passer til alderen og skolegangen indtil nu.",
      },
    },
  },
  {
    key: "youth-school",
    checkedOn: "2026-12-05",
    where: { name: { en: "The municipality's youth school", de: "Jugendschule der Kommune", da: "Kommunens ungdomsskole" }, url: "https://www.borger.dk" },
    sourceUrl: "https://www.borger.dk",
    texts: {
      en: {
        title: "Youth school for {child}",
        body: "Every municipality has a youth school (ungdomsskole) with free courses in the afternoons and evenings for young people up to 18: sports, music, cooking, driving theory and more. It is a good place to meet Danish young people of the same age, and many youth schools also teach Danish to newcomers.\n\nSign up on the youth school's website; courses start in August and January.",
      },
      de: {
        title: "Jugendschule für {child}",
        body: "Jede Kommune hat eine Jugendschule (ungdomsskole) mit kostenlosen Kursen am Nachmittag und Abend für Jugendliche bis 18: Sport, Musik, Kochen, Führerscheintheorie und mehr. Dort lernt man gleichaltrige dänische Jugendliche kennen, und viele Jugendschulen unterrichten Neuankömmlinge auch in Dänisch.\n\nDie Anmeldung erfolgt auf der Website der Jugendschule; die Kurse beginnen im August und im Januar.",
      },
      da: {
        title: "Ungdomsskole for {child}",
        body: "Alle kommuner har en ungdomsskole med gratis hold om eftermiddagen og aftenen for unge op til 18 år: sport, musik, madlavning, teori til kørekort og meget mere. Her møder man danske unge på samme alder, og mange ungdomsskoler underviser også nytilkomne i dansk.\n\nTilmelding sker på ungdomsskolens hjemmeside; holdene starter i august og januar.",
      },
    },
  },
  {
    key: "jobcenter-newcomer",
    where: { office: "Jobcenter" },
    sourceUrl: "https://jobcenter.workindenmark.dk",
    texts: {
      en: {
        title: "The Jobcenter helps you find work",
        body: "The Jobcenter counsels international newcomers on equal terms, including about jobs in the municipality itself. Create a profile on Jobnet, the national job portal; an administrative CPR number is enough. Workindenmark also helps international job seekers.",
      },
      de: {
        title: "Das Jobcenter hilft Ihnen bei der Arbeitssuche",
        body: "Das Jobcenter berät internationale Neuankömmlinge gleichberechtigt, auch zu Stellen in der Kommune selbst. Legen Sie ein Profil auf Jobnet an, dem nationalen Stellenportal; eine administrative CPR-Nummer genügt. Auch Workindenmark hilft internationalen Arbeitssuchenden.",
      },
      da: {
        title: "Jobcentret hjælper dig med at finde arbejde",
        body: "Jobcentret vejleder internationale tilflyttere på lige fod med andre, også om job i kommunen selv. Opret en profil på Jobnet, den nationale jobportal; et administrativt CPR-nummer er nok. Workindenmark hjælper også internationale jobsøgende.",
      },
    },
  },
  {
    key: "jobcenter-spouse",
    where: { office: "Jobcenter" },
    sourceUrl: "https://jobcenter.workindenmark.dk",
    texts: {
      en: {
        title: "Work for {spouse}",
        body: "The Jobcenter also counsels spouses and partners who are looking for work, on the same terms as everyone else. Jobnet is open with an administrative CPR number, and spouse networks such as the International Dual Career Network help with contacts.",
      },
      de: {
        title: "Arbeit für {spouse}",
        body: "Das Jobcenter berät auch Ehe- und Lebenspartner, die Arbeit suchen, zu denselben Bedingungen wie alle anderen. Jobnet ist mit einer administrativen CPR-Nummer zugänglich, und Partnernetzwerke wie das International Dual Career Network helfen mit Kontakten.",
      },
      da: {
        title: "Arbejde til {spouse}",
        body: "Jobcentret vejleder også ægtefæller og partnere, der søger arbejde, på samme vilkår som alle andre. Jobnet kan bruges med et administrativt CPR-nummer, og netværk for medfølgende partnere som International Dual Career Network hjælper med kontakter.",
      },
    },
  },
  {
    key: "danish-classes",
    where: {
      name: { en: "A Danish language centre (sprogcenter)", de: "Ein Sprachzentrum für Dänisch (sprogcenter)", da: "Et sprogcenter" },
      url: "https://lifeindenmark.borger.dk",
    },
    sourceUrl: "https://ucplusdansk.dk",
    texts: {
      en: {
        title: "Learn Danish",
        body: "Danish education for adults is free with a deposit of DKK 2,000, which you get back when you pass the modules in time. You have up to 5 years from the municipality's referral, which needs a CPR number and an address. Refugees, family-reunified persons and au pairs pay no deposit.",
      },
      de: {
        title: "Dänisch lernen",
        body: "Dänischunterricht für Erwachsene ist kostenlos, gegen eine Kaution von 2.000 DKK, die Sie zurückerhalten, wenn Sie die Module rechtzeitig bestehen. Sie haben bis zu 5 Jahre ab der Zuweisung durch die Kommune, für die eine CPR-Nummer und eine Adresse nötig sind. Flüchtlinge, Familiennachgezogene und Au-pairs zahlen keine Kaution.",
      },
      da: {
        title: "Lær dansk",
        body: "Danskuddannelse for voksne er gratis mod et depositum på 2.000 kr., som du får tilbage, når du består modulerne til tiden. Du har op til 5 år fra kommunens henvisning, som kræver CPR-nummer og adresse. Flygtninge, familiesammenførte og au pairs betaler intet depositum.",
      },
    },
  },
  {
    key: "library",
    where: { office: "Bibliotek" },
    sourceUrl: "https://lifeindenmark.borger.dk",
    texts: {
      en: {
        title: "Visit the library",
        body: "The library lends books, films and music, often in many languages, and helps newcomers find information and use digital services. In many municipalities your health insurance card is also your library card.",
      },
      de: {
        title: "Die Bibliothek besuchen",
        body: "Die Bibliothek verleiht Bücher, Filme und Musik, oft in vielen Sprachen, und hilft Neuankömmlingen, Informationen zu finden und digitale Dienste zu nutzen. In vielen Kommunen ist Ihre Krankenversicherungskarte auch Ihr Bibliotheksausweis.",
      },
      da: {
        title: "Besøg biblioteket",
        body: "Biblioteket låner bøger, film og musik ud, ofte på mange sprog, og hjælper nye borgere med at finde information og bruge digitale løsninger. I mange kommuner er dit sundhedskort også dit lånerkort.",
      },
    },
  },
  {
    key: "associations",
    where: { office: "Bibliotek" },
    sourceUrl: "https://lifeindenmark.borger.dk",
    texts: {
      en: {
        title: "Join an association",
        body: "Sports clubs, choirs and other associations (foreninger) are the heart of Danish local life and a good way to meet neighbours and colleagues. Many welcome newcomers; the library can help you find one.",
      },
      de: {
        title: "Einem Verein beitreten",
        body: "Sportvereine, Chöre und andere Vereine (foreninger) sind das Herz des dänischen Gemeindelebens und ein guter Weg, Nachbarn und Kollegen kennenzulernen. Viele heißen Neuankömmlinge willkommen; die Bibliothek hilft Ihnen, einen zu finden.",
      },
      da: {
        title: "Bliv medlem af en forening",
        body: "Sportsklubber, kor og andre foreninger er hjertet i det lokale liv og en god måde at møde naboer og kolleger på. Mange byder nye borgere velkommen; biblioteket kan hjælpe dig med at finde en.",
      },
    },
  },
];

/**
 * Danish names the packet keeps in every language, on purpose: they are what the newcomer will read
 * on the door, the website or the letter from the authority ("Citizen Service (Borgerservice)").
 * A text check treats these as proper names, not as Danish slipping into an English packet.
 */
export const PROPER_NAMES = [
  "Borgerservice",
  "Jobcenter",
  "Jobnet",
  "Joblog",
  "MitID",
  "NemKonto",
  "Digital Post",
  "e-Boks",
  "borger.dk",
  "skat.dk",
  "Skattestyrelsen",
  "SIRI – Styrelsen for International Rekruttering og Integration",
  "International Dual Career Network",
  "folkeskole",
  "modtageklasse",
  "sprogcenter",
  "foreninger",
  "forskudsopgørelse",
  "kommunal ungeindsats",
  "ungdomsskole",
  "UddannelsesGuiden",
] as const;

/** A built-in step's text in a packet language (null where none is shipped), with its place's name when that is per language. */
export function seedTextIn(seed: TStepSeed, language: TPacketLanguage): TSeedText | null {
  if (language === "en" || language === "de" || language === "da") {
    const where = seed.where;
    const whereName = "name" in where && typeof where.name !== "string" ? where.name[language] : undefined;
    return { ...seed.texts[language], ...(whereName ? { whereName } : {}) };
  }
  return SHIPPED_TRANSLATIONS[language]?.[seed.key] ?? null;
}
