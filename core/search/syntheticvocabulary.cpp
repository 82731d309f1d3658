// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/syntheticvocabulary.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <numbers>

namespace Folio::Search {

// ---- SyntheticRandom ----

quint64 SyntheticRandom::mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

SyntheticRandom::SyntheticRandom(quint64 seed)
{
    for (quint64 &word : m_state) {
        seed = mix(seed);
        word = seed;
    }
}

quint64 SyntheticRandom::next()
{
    const auto rotl = [](quint64 x, int k) { return (x << k) | (x >> (64 - k)); };
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double SyntheticRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

quint64 SyntheticRandom::below(quint64 bound)
{
    // The modulo bias (below 2^-40 for the bounds used here) does not matter for synthetic data.
    return next() % bound;
}

int SyntheticRandom::between(int low, int high)
{
    return low + int(below(quint64(high - low + 1)));
}

double SyntheticRandom::normal()
{
    const double u = 1.0 - uniform(); // (0, 1]
    const double v = uniform();
    return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
}

double SyntheticRandom::logNormal(double median, double sigma)
{
    return median * std::exp(sigma * normal());
}

int SyntheticRandom::weighted(std::initializer_list<double> weights)
{
    double total = 0;
    for (double w : weights) {
        total += w;
    }
    double pick = uniform() * total;
    int index = 0;
    for (double w : weights) {
        if (pick < w) {
            return index;
        }
        pick -= w;
        ++index;
    }
    return index - 1;
}

// ---- ZipfSampler ----

ZipfSampler::ZipfSampler(int n, double s, double q)
{
    m_weights.resize(n);
    double total = 0;
    for (int rank = 0; rank < n; ++rank) {
        m_weights[rank] = 1.0 / std::pow(rank + 1 + q, s);
        total += m_weights[rank];
    }
    // Vose's alias method: each slot holds its own share and the index that fills the rest of it.
    m_probability.resize(n);
    m_alias.resize(n);
    QList<int> small;
    QList<int> large;
    QList<double> scaled(n);
    for (int i = 0; i < n; ++i) {
        m_weights[i] /= total;
        scaled[i] = m_weights[i] * n;
        (scaled[i] < 1.0 ? small : large).append(i);
    }
    while (!small.isEmpty() && !large.isEmpty()) {
        const int less = small.takeLast();
        const int more = large.takeLast();
        m_probability[less] = scaled[less];
        m_alias[less] = more;
        scaled[more] = scaled[more] + scaled[less] - 1.0;
        (scaled[more] < 1.0 ? small : large).append(more);
    }
    for (int i : std::as_const(large)) {
        m_probability[i] = 1.0;
        m_alias[i] = i;
    }
    for (int i : std::as_const(small)) { // rounding leftovers
        m_probability[i] = 1.0;
        m_alias[i] = i;
    }
}

int ZipfSampler::sample(SyntheticRandom &random) const
{
    const int slot = int(random.below(quint64(m_alias.size())));
    return random.uniform() < m_probability[slot] ? slot : m_alias[slot];
}

double ZipfSampler::probability(int rank) const
{
    return rank >= 0 && rank < m_weights.size() ? m_weights[rank] : 0.0;
}

namespace SyntheticVocabulary {

namespace {

constexpr int VocabularySize = 50'000;
constexpr int KeywordCount = 3'000;

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList splitPhrases(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// English, most frequent first: function words with the business words of a company's files among them
// ("report" is among the most frequent words of such a corpus, as the query set needs).
constexpr char englishWords[] = R"(the of and to report a in for is on with by this be are as at from or that will
all project we our customer not product has have which can service data contract team its these their been more
other each any such new may shall must should under within into also per than after before between during policy
review market sales brand budget year quarter results plan management company information process quality price
payment order client supplier marketing campaign design content media approval document update support number
date time first following section page based provided required including total cost costs revenue growth
performance target strategy analysis summary meeting agenda minutes proposal offer invoice invoices procedure
procedures guidelines manual image images photo video asset assets launch release press social
digital print online website store retail region global local office partner partners board director executive
employee employees staff training safety security privacy confidential system systems operations financial
finance account accounts tax legal terms conditions clause party parties liability obligations warranty licence
license rights usage territory renewal termination signature signed schedule deadline milestone reports reporting
contracts agreement agreements customers clients suppliers vendor products services projects budgets payments
orders purchase delivery compliance audit risk risks manager teams department markets strategic planning
quarterly annual monthly approved draft final version documents specification specifications requirements
requirement designs photos videos template templates presentation data analysis research study evaluation
assessment benchmark metrics dashboard roadmap initiative program portfolio governance standard standards
regulation regulatory certification inspection verification validation testing prototype feature features
invoiced invoicing receipt receipts statement balance profit margin inventory stock shipment shipping logistics
warehouse supply chain production manufacturing packaging label labels colour palette typography font fonts icon
icons illustration photography shoot catalogue brochure flyer poster newsletter email letter memo note notes
handbook guide instructions checklist form forms application request requests ticket issue issues incident
change changes updates maintenance feedback survey objective objectives goal goals kpi forecast expenses expense
estimate quote stakeholder stakeholders headquarters partnership international regional subsidiary contractor
consultant consulting agency creative copy layout artwork proof proofs print-ready resolution format formats
archive archived retention disposal record records classification owner owners responsible responsibility
approve approver reviewer signed-off sign-off workflow deliverable deliverables scope timeline phase phases
kickoff workshop session webinar event events conference exhibition fair sponsorship audience audiences
engagement conversion traffic leads channel channels advertising ads ad placement impressions reach spend
tender bid bids procurement purchasing sourcing negotiation pricing discount discounts rebate credit debit
accounts-payable accounts-receivable ledger fiscal period closing reconciliation controlling treasury cash
liquidity investment investments capital shareholder shareholders dividend earnings ebitda operating net gross
unit units volume volumes capacity utilisation efficiency savings improvement improvements initiative
sustainability environmental emissions energy waste recycling diversity inclusion wellbeing health hr
recruitment hiring onboarding offboarding payroll salary benefits leave holiday contractors freelancers logo
banner)";

constexpr char germanWords[] = R"(der die und das in zu den von mit ist für auf nicht sich des dem eine ein als auch
es an werden aus hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder
aber vor zur bis mehr durch sowie gemäß Bericht Vertrag Rechnung Projekt Kunde Produkt Marke Richtlinie Verfahren
Handbuch Kunden Lieferant Produkte Dienstleistung Budget Umsatz Kosten Preis Zahlung Bestellung Lieferung
Qualität Prüfung Risiko Geschäftsführung Abteilung Unternehmen Markt Marketing Vertrieb Kampagne Strategie
Planung Quartal jährlich Freigabe Entwurf Dokument Anforderungen Gestaltung Markenrichtlinien Logo Banner
Mitarbeiter Schulung Sicherheit Datenschutz vertraulich Informationen Prozess Finanzen Steuer Bedingungen
Vereinbarung Haftung Gewährleistung Lizenz Kündigung Unterschrift Termin Ergebnis Ergebnisse Analyse Umsetzung
Zusammenfassung Besprechung Protokoll Angebot Auftrag Verantwortung Geschäftsjahr Niederlassung Region Zeitraum
Anlage Abschnitt Seite Verwaltung Beschaffung Lager Versand Verpackung Berichte Verträge Rechnungen Richtlinien
Verfahrensanweisung Leistung Ziel Ziele Maßnahmen Entwicklung Wachstum Team Partner Vorstand Aufsichtsrat
Jahresabschluss Bilanz Gewinn Verlust Kennzahlen Steuerung Controlling Einkauf Vertragspartner Laufzeit
Vergütung Frist Fristen Zustimmung Genehmigung Prüfbericht Sitzung Leitfaden Anleitung Formular Antrag)";

constexpr char frenchWords[] = R"(le la les de des du et en un une à pour dans est que qui sur par au aux avec ce
cette sont pas plus ou son sa ses nous vous il elle être été selon rapport contrat facture projet client produit
marque politique procédure manuel clients fournisseur produits service budget coût coûts prix paiement commande
livraison qualité audit risque gestion équipe entreprise marché marketing ventes campagne stratégie trimestre
annuel validation brouillon document exigences conception charte graphique logo bannière employés formation
sécurité confidentiel données processus finances conditions accord responsabilité licence signature résultats
analyse réunion compte rendu offre rapports contrats factures procédures direction conseil objectif objectifs
croissance performance partenaire partenaires délai échéance calendrier version approbation)";

constexpr char spanishWords[] = R"(el la los las de del y en un una a para por con que es se no al su sus lo como
más o pero este esta sobre entre según informe contrato factura proyecto cliente producto marca política
procedimiento manual clientes proveedor productos servicio presupuesto costo costes precio pago pedido entrega
calidad auditoría riesgo gestión equipo empresa mercado marketing ventas campaña estrategia trimestre anual
aprobación borrador documento requisitos diseño logotipo banner empleados formación seguridad confidencial datos
proceso finanzas condiciones acuerdo responsabilidad licencia firma resultados análisis reunión acta oferta
informes contratos facturas procedimientos dirección objetivo objetivos crecimiento rendimiento socio plazo)";

constexpr char italianWords[] = R"(il la di e che in un una per con non sono da del della le dei al alla si come
più anche rapporto contratto fattura progetto cliente prodotto marchio politica procedura manuale fornitore
servizio budget costi prezzo pagamento ordine consegna qualità rischio gestione squadra azienda mercato vendite
campagna strategia trimestre annuale approvazione bozza documento requisiti sicurezza riservato dati processo)";

constexpr char dutchWords[] = R"(de het een en van in is op te dat voor met zijn niet aan er om ook als bij door
naar wordt worden rapport contract factuur project klant product merk beleid procedure handleiding leverancier
dienst budget kosten prijs betaling bestelling levering kwaliteit risico beheer team bedrijf markt verkoop
campagne strategie kwartaal jaarlijks goedkeuring concept document eisen ontwerp beveiliging vertrouwelijk)";

constexpr char englishPhrases[] = "annual report|purchase order|terms and conditions|social media|"
                                  "service level agreement|data protection|payment terms|quality assurance|"
                                  "press release|target audience|key performance indicators|brand guidelines|"
                                  "board of directors|supply chain|risk assessment|market share|"
                                  "return on investment|non-disclosure agreement|style guide|product launch|"
                                  "customer satisfaction|business plan|cost reduction|net revenue|"
                                  "statement of work|change request|project plan|steering committee|"
                                  "due diligence|corporate identity|colour palette|usage rights|"
                                  "content calendar|media plan|creative brief|proof of concept|"
                                  "go-live date|end of life|single point of contact|code of conduct";
constexpr char germanPhrases[] = "Corporate Design|Allgemeine Geschäftsbedingungen|Datenschutz-Grundverordnung|"
                                 "Key Performance Indicators|Brand Guidelines|Stand der Technik|zur Kenntnisnahme|"
                                 "im Auftrag|gemäß Vertrag|nach Vereinbarung";
constexpr char frenchPhrases[] = "charte graphique|conditions générales|bon de commande|compte rendu|"
                                 "protection des données|chiffre d'affaires|service client|cahier des charges";
constexpr char spanishPhrases[] = "manual de marca|condiciones generales|orden de compra|protección de datos|"
                                  "atención al cliente|plan de negocio|acta de reunión";
constexpr char italianPhrases[] = "condizioni generali|ordine di acquisto|protezione dei dati|piano di marketing";
constexpr char dutchPhrases[] = "algemene voorwaarden|inkooporder|bescherming van persoonsgegevens|huisstijl";

// Business nouns that name what a document or picture is about, per language.
constexpr char englishTopics[] = "budget|marketing|sales|procurement|privacy|security|onboarding|travel|expense|"
                                 "quality|logistics|pricing|recruitment|sustainability|IT|facilities|training|"
                                 "product launch|customer service|social media|packaging|retail|e-commerce|"
                                 "partner program|events|compliance|risk|supply chain|brand|website";
constexpr char germanTopics[] = "Budget|Marketing|Vertrieb|Einkauf|Datenschutz|Sicherheit|Reisekosten|Qualität|"
                                "Logistik|Preisgestaltung|Personal|Nachhaltigkeit|Schulung|Verpackung|Marke";
constexpr char frenchTopics[] = "budget|marketing|ventes|achats|sécurité|qualité|logistique|formation|marque";
constexpr char spanishTopics[] = "presupuesto|marketing|ventas|compras|seguridad|calidad|logística|marca";
constexpr char italianTopics[] = "budget|marketing|vendite|acquisti|sicurezza|qualità|logistica|marchio";
constexpr char dutchTopics[] = "budget|marketing|verkoop|inkoop|beveiliging|kwaliteit|logistiek|merk";

// What each class of document is called, per language ("report" names English documents too).
constexpr char documentClasses[] = "report contract invoice policy procedure guidelines specification presentation "
                                   "spreadsheet minutes memo proposal manual press brief email notes";
constexpr char germanNouns[] = "Bericht Vertrag Rechnung Richtlinie Verfahrensanweisung Leitfaden Spezifikation "
                               "Präsentation Kalkulation Protokoll Aktennotiz Angebot Handbuch Pressemitteilung "
                               "Briefing E-Mail Notizen";
constexpr char frenchNouns[] = "Rapport Contrat Facture Politique Procédure Charte Spécification Présentation "
                               "Tableau Compte-rendu Note Proposition Manuel Communiqué Brief Courriel Notes";
constexpr char spanishNouns[] = "Informe Contrato Factura Política Procedimiento Guía Especificación Presentación "
                                "Hoja Acta Memorando Propuesta Manual Comunicado Briefing Correo Notas";
constexpr char italianNouns[] = "Rapporto Contratto Fattura Politica Procedura Linee-guida Specifica Presentazione "
                                "Foglio Verbale Promemoria Proposta Manuale Comunicato Brief E-mail Note";
constexpr char dutchNouns[] = "Rapport Contract Factuur Beleid Procedure Richtlijnen Specificatie Presentatie "
                              "Overzicht Notulen Memo Voorstel Handleiding Persbericht Briefing E-mail Notities";

// Pronounceable pseudo-words, shorter ones more frequent (Zipf's law of abbreviation). A fixed generator
// (not the corpus seed) makes them, so every generated library shares one vocabulary.
QStringList makePseudoWords(int count, const QSet<QString> &reserved)
{
    static const char *onsets[]
        = { "b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cr", "dr", "fr", "gr",
              "pr", "tr", "st", "sk", "pl", "bl", "cl", "fl", "gl", "sl", "sp", "th", "ch", "sh", "h", "j", "w", "qu" };
    static const char *vowels[] = { "a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "ou", "io", "y" };
    static const char *codas[] = { "", "", "", "", "n", "r", "l", "s", "t", "m", "x", "nd", "st", "rt", "ck" };
    SyntheticRandom random(0x5eed'f011'0000'0001ULL);
    QSet<QString> seen = reserved;
    QStringList words;
    words.reserve(count);
    while (words.size() < count) {
        // 2 syllables for the most frequent tenth, 3 for the next half, 4 for the rest.
        const int syllables = words.size() < count / 10 ? 2 : words.size() < count * 6 / 10 ? 3 : 4;
        QString word;
        for (int s = 0; s < syllables; ++s) {
            if (s > 0 || random.chance(0.85)) {
                word += QLatin1String(onsets[random.below(std::size(onsets))]);
            }
            word += QLatin1String(vowels[random.below(std::size(vowels))]);
            if (s == syllables - 1 || random.chance(0.25)) {
                word += QLatin1String(codas[random.below(std::size(codas))]);
            }
        }
        // Prefix queries (invoice*, report*) must match only real words.
        if (word.size() < 4 || word.startsWith(QLatin1String("invoic")) || word.startsWith(QLatin1String("report"))
            || seen.contains(word)) {
            continue;
        }
        seen.insert(word);
        words.append(word);
    }
    return words;
}

QSet<QString> allRealWords()
{
    QSet<QString> all;
    for (const char *list : { englishWords, germanWords, frenchWords, spanishWords, italianWords, dutchWords }) {
        for (const QString &word : split(list)) {
            all.insert(word.toLower());
        }
    }
    return all;
}

Lexicon makeLexicon(
    const QString &language, const char *words, const char *phrases, const char *topics, const char *nouns)
{
    Lexicon lexicon;
    lexicon.language = language;
    lexicon.words = split(words);
    lexicon.words.removeDuplicates();
    lexicon.realWords = int(lexicon.words.size());
    for (const QString &pseudo : pseudoWords()) {
        if (lexicon.words.size() >= VocabularySize) {
            break;
        }
        lexicon.words.append(pseudo);
    }
    // s = 1 with a Mandelbrot offset: the shape of word frequencies in English business text.
    lexicon.zipf = ZipfSampler(int(lexicon.words.size()), 1.0, 2.7);
    lexicon.phrases = splitPhrases(phrases);
    lexicon.phraseZipf = ZipfSampler(int(lexicon.phrases.size()), 1.0, 1.0);
    lexicon.topics = splitPhrases(topics);
    const QStringList classes = split(documentClasses);
    const QStringList names = nouns ? split(nouns) : classes;
    for (qsizetype i = 0; i < classes.size(); ++i) {
        lexicon.documentNouns.insert(classes.at(i), names.value(i, classes.at(i)));
    }
    return lexicon;
}

QStringList makeKeywords()
{
    // Real keywords first, in the order of use; pseudo-word keywords (project code names, places) after.
    QStringList keywords
        = split("marketing summer product team draft brand social web print event office portrait outdoor spring "
                "winter autumn campaign logo banner packaging retail customer people landscape city travel food "
                "technology finance legal hr sustainability interior exterior headquarters factory warehouse store "
                "launch trade-fair conference workshop webinar video-shoot studio lifestyle family sport nature beach "
                "mountain night aerial drone black-and-white colour illustration icon infographic presentation "
                "approved final review internal external press newsletter email website ecommerce advertising "
                "billboard flyer poster brochure catalogue magazine annual-report quarterly budget forecast invoice "
                "contract policy procedure compliance audit security privacy gdpr training onboarding safety quality "
                "eu na apac latam germany france spain italy netherlands uk usa japan china brazil "
                "christmas easter black-friday back-to-school holiday new-year valentines mothers-day anniversary "
                "partner supplier distributor reseller agency freelancer model-release property-release stock "
                "licensed royalty-free editorial archive legacy hero thumbnail key-visual mood-board sketch mockup");
    keywords.removeDuplicates();
    const QStringList &pseudo = pseudoWords();
    for (qsizetype i = 0; keywords.size() < KeywordCount && i < pseudo.size(); i += 7) {
        keywords.append(pseudo.at(i));
    }
    return keywords;
}

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

} // namespace

const QStringList &languages()
{
    static const QStringList all { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
        QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("nl") };
    return all;
}

const QStringList &pseudoWords()
{
    static const QStringList words = makePseudoWords(VocabularySize, allRealWords());
    return words;
}

const Lexicon &lexicon(const QString &language)
{
    static const QList<Lexicon> all {
        makeLexicon(QStringLiteral("en"), englishWords, englishPhrases, englishTopics, nullptr),
        makeLexicon(QStringLiteral("de"), germanWords, germanPhrases, germanTopics, germanNouns),
        makeLexicon(QStringLiteral("fr"), frenchWords, frenchPhrases, frenchTopics, frenchNouns),
        makeLexicon(QStringLiteral("es"), spanishWords, spanishPhrases, spanishTopics, spanishNouns),
        makeLexicon(QStringLiteral("it"), italianWords, italianPhrases, italianTopics, italianNouns),
        makeLexicon(QStringLiteral("nl"), dutchWords, dutchPhrases, dutchTopics, dutchNouns),
    };
    for (const Lexicon &candidate : all) {
        if (candidate.language == language) {
            return candidate;
        }
    }
    return all.first();
}

const QStringList &keywords()
{
    static const QStringList all = makeKeywords();
    return all;
}

const QStringList &persons()
{
    static const QStringList all = [] {
        const QStringList first = split("Maria Thomas Anna Michael Laura David Sofia Daniel Emma Lukas Julia "
                                        "Jan Sarah Peter Elena Marco Claire Pierre Lucia Carlos Ingrid Lars "
                                        "Aisha Omar Mei Hiroshi Priya Raj Olga Ivan Fatima Ahmed Nora Felix "
                                        "Lena Paul Chloe Hugo");
        const QStringList last = split("Müller Schmidt Smith Johnson Garcia Martin Rossi Bernard Dubois "
                                       "Fernández López Jansen De-Vries Novak Kowalski Nielsen Larsen Tanaka "
                                       "Sato Chen Wang Patel Singh Kim Park Silva Santos Ivanova Petrov Hansen "
                                       "Weber Fischer Moreau Ricci Bianchi Keller Brown Taylor Wilson Evans");
        // Well-known names first: the query set asks for creator:"Ada Lovelace".
        QStringList names { QStringLiteral("Maria Schmidt"), QStringLiteral("Thomas Müller"),
            QStringLiteral("Laura Garcia"), QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper"),
            QStringLiteral("Alan Turing") };
        for (qsizetype i = 0; names.size() < 600; ++i) {
            const QString name = first.at(i % first.size()) + QLatin1Char(' ')
                + QString(last.at((i * 7 + i / first.size()) % last.size())).replace(u'-', u' ');
            if (!names.contains(name)) {
                names.append(name);
            }
        }
        return names;
    }();
    return all;
}

const QStringList &companies()
{
    static const QStringList all = [] {
        const QStringList forms = split("GmbH Ltd Inc. S.A. B.V. AG SAS S.r.l. LLC Group");
        QStringList names;
        const QStringList &pseudo = pseudoWords();
        for (int i = 0; i < 400; ++i) {
            names.append(capitalised(pseudo.at(3 + i * 11)) + QLatin1Char(' ') + forms.at(i % forms.size()));
        }
        return names;
    }();
    return all;
}

const QStringList &regions()
{
    static const QStringList all = split("EU NA APAC LATAM UK DACH NORDICS MEA GLOBAL");
    return all;
}

const QStringList &cameras()
{
    static const QStringList all { QStringLiteral("Canon EOS R5"), QStringLiteral("Canon EOS 5D Mark IV"),
        QStringLiteral("Nikon Z 7II"), QStringLiteral("Nikon D850"), QStringLiteral("Sony ILCE-7RM4"),
        QStringLiteral("Sony ILCE-7M3"), QStringLiteral("Fujifilm X-T4"), QStringLiteral("Apple iPhone 14 Pro"),
        QStringLiteral("Apple iPhone 12"), QStringLiteral("Google Pixel 7"), QStringLiteral("Samsung Galaxy S23"),
        QStringLiteral("DJI Mavic 3"), QStringLiteral("Leica Q2"), QStringLiteral("Panasonic DC-S5") };
    return all;
}

const QStringList &lenses()
{
    static const QStringList all { QStringLiteral("RF24-70mm F2.8 L IS USM"), QStringLiteral("EF50mm f/1.8 STM"),
        QStringLiteral("NIKKOR Z 24-70mm f/4 S"), QStringLiteral("FE 85mm F1.8"),
        QStringLiteral("XF16-55mmF2.8 R LM WR"), QStringLiteral("FE 16-35mm F4 ZA OSS") };
    return all;
}

QString campaign(int season, int year)
{
    static const char *names[] = { "spring", "summer", "autumn", "winter", "backtoschool", "blackfriday" };
    return QLatin1String(names[season % std::size(names)]) + QString::number(year);
}

} // namespace SyntheticVocabulary

} // namespace Folio::Search
