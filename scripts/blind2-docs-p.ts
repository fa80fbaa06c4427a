/**
 * The sixteenth batch of the second blind set: plans as French-speaking governments and members publish
 * them. A West-African national plan ("Engagement N°1 : …" under "Axe stratégique" sections, a fiche of
 * "Structure porteuse" fields and a table of jalons numbered 1.1, 1.2 with start and end dates, a "Sommaire"
 * in capitals); a North-African plan whose engagements are numbered "1.1." under "Thème" headings, with a
 * contents page that names them by a shorter wording than the body, titles hyphenated where they wrap; a
 * French government web page ("Engagement 4 – …" under "Axe" headings, "Porteur :" and a list of dated
 * actions); a Canadian federal plan in French whose commitments carry no number at all, told apart only by
 * their size and their "Ministère responsable" fields; a Belgian municipal plan in two columns, each
 * commitment opened by a small "ENGAGEMENT N" over its title; and a West-African mid-term self-assessment
 * that reports a "Niveau d'achèvement" per engagement. Written and labelled before the finder read any of
 * them.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** A title as labelled: without the soft hyphens that let Chromium break its long words. */
const plain = (s: string): string => s.replace(/\u00ad/gu, '');

/**
 * Soft hyphens in every long word, before a consonant that stands between two vowels ("admi-nistra-tion"),
 * so that a title wrapping in a narrow heading or column breaks inside a word the way hyphenated layouts do.
 */
function hy(s: string): string {
  const vowel = /[aeiouyàâéèêëîïôûù]/iu;
  return s.replace(/\p{L}{8,}/gu, (w) => {
    let out = w.slice(0, 3);
    for (let i = 3; i < w.length - 3; i++) {
      const ch = w[i] as string;
      if (vowel.test(w[i - 1] as string) && !vowel.test(ch) && vowel.test(w[i + 1] as string))
        out += '\u00ad';
      out += ch;
    }
    return out + w.slice(Math.max(3, w.length - 3));
  });
}

function htmlPage(
  lang: string,
  title: string,
  size: string,
  margin: string,
  css: string,
  body: string,
): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page { size: ${size}; margin: ${margin}; } .brk { break-before: page; } ${css}</style></head><body>${body}</body></html>`;
}

/** A contents line: entry, leaders, page number; the entry wraps when it is long. */
function tocLine(text: string, pageNo: number | undefined, indent: number, leader = '.'): string {
  return `<div class="toc" style="padding-left:${indent}pt"><span class="te">${esc(text)}</span><span class="tl">${leader.repeat(200)}</span><span class="tp">${pageNo ?? 0}</span></div>`;
}

const TOC_CSS = `.toc { display:flex; align-items:flex-end; margin:2pt 0; }
.toc .te { flex:0 1 auto; } .toc .tl { flex:1 0 20pt; overflow:hidden; white-space:nowrap; color:#666; }
.toc .tp { flex:none; padding-left:3pt; }`;

const p = (t: string): string => `<p>${esc(t)}</p>`;

// ---------------------------------------------------------------------------------------------------------
// (1) West-African national plan: "Engagement N°1 : Titre" under "Axe stratégique N : …", each followed by a
// fiche table (structure porteuse, partenaires, problématique, objectif…) and a table of jalons numbered
// "1.1", "1.2" with "Date de début" and "Date de fin". Capitals in the sommaire, a table of acronyms, a
// minister's word, "sept (07) engagements".

interface AfEngagement {
  titre: string;
  axe: number;
  dates: string;
  porteuse: string;
  responsable: string;
  etat: string;
  osc: string;
  probleme: string;
  objectif: string;
  description: string;
  valeurs: string;
  jalons: Array<[string, string, string, string]>;
}

const AF_AXES = [
  'Transparence budgétaire et redevabilité',
  'Accès à l’information et participation citoyenne',
  'Intégrité publique et qualité du service public',
];

const AF_PLAN: AfEngagement[] = [
  {
    titre: 'Renforcer la publication des documents budgétaires des collectivités territoriales',
    axe: 1,
    dates: 'Janvier 2025 – Juin 2027',
    porteuse: 'Direction Générale de la Décentralisation et du Développement Local (DGDDL)',
    responsable: 'Directeur des Finances Locales',
    etat: 'Direction Générale du Budget et des Finances ; Union des Villes et Communes',
    osc: 'Réseau Ivoirien pour la Transparence Budgétaire ; Social Justice',
    probleme:
      'Les budgets primitifs et les comptes administratifs des communes et des régions sont rarement publiés. Les citoyens ignorent les montants votés pour les écoles, les centres de santé et les marchés de leur localité et ne peuvent pas interpeller les élus sur leur exécution.',
    objectif:
      'Rendre accessibles à tous les citoyens les documents budgétaires de l’ensemble des collectivités territoriales.',
    description:
      'Il s’agit d’adopter un arrêté fixant la liste des documents budgétaires à publier, de former les agents financiers des collectivités et de mettre en ligne ces documents sur une plateforme commune, accompagnés d’un budget citoyen simplifié.',
    valeurs: 'Transparence ; redevabilité publique.',
    jalons: [
      ['1.1', 'Adoption de l’arrêté fixant la liste des documents à publier', 'Janvier 2025', 'Juin 2025'],
      ['1.2', 'Formation de 400 agents financiers des collectivités', 'Juillet 2025', 'Décembre 2025'],
      ['1.3', 'Mise en ligne de la plateforme des budgets locaux', 'Janvier 2026', 'Juin 2026'],
      ['1.4', 'Publication des budgets citoyens de 100 communes', 'Juillet 2026', 'Juin 2027'],
    ],
  },
  {
    titre:
      'Mettre en place un mécanisme de suivi citoyen des projets d’investissement public dans les régions',
    axe: 1,
    dates: 'Mars 2025 – Décembre 2026',
    porteuse: 'Ministère du Plan et du Développement',
    responsable: 'Directeur Général de la Planification',
    etat: 'Conseils régionaux ; Inspection Générale d’État',
    osc: 'Convention de la Société Civile Ivoirienne ; Observatoire citoyen des projets',
    probleme:
      'De nombreux projets d’investissement public connaissent des retards importants ou sont abandonnés sans que les populations bénéficiaires en soient informées. Aucun dispositif ne permet aux citoyens de signaler les défaillances constatées sur les chantiers.',
    objectif: 'Permettre aux populations de suivre l’exécution des projets réalisés dans leur région.',
    description:
      'Des comités citoyens de suivi seront installés dans dix régions pilotes. Ils disposeront des fiches des projets, effectueront des visites de chantier et publieront des rapports semestriels auxquels les administrations concernées devront répondre.',
    valeurs: 'Participation citoyenne ; redevabilité publique ; transparence.',
    jalons: [
      ['2.1', 'Élaboration du guide de suivi citoyen avec les OSC', 'Mars 2025', 'Juin 2025'],
      ['2.2', 'Installation des comités de suivi dans dix régions pilotes', 'Juillet 2025', 'Décembre 2025'],
      ['2.3', 'Publication des premiers rapports semestriels de suivi', 'Janvier 2026', 'Juin 2026'],
      ['2.4', 'Atelier national de restitution et réponses des ministères', 'Octobre 2026', 'Décembre 2026'],
    ],
  },
  {
    titre: 'Publier les contrats miniers et pétroliers et l’identité de leurs bénéficiaires effectifs',
    axe: 1,
    dates: 'Janvier 2025 – Décembre 2026',
    porteuse: 'Ministère des Mines, du Pétrole et de l’Énergie',
    responsable: 'Secrétaire permanent du Conseil National ITIE',
    etat: 'Centre de Promotion des Investissements ; Direction Générale des Impôts',
    osc: 'Publiez Ce Que Vous Payez ; Groupe de recherche sur les industries extractives',
    probleme:
      'Seule une partie des contrats du secteur extractif est publiée, et l’identité des personnes qui possèdent ou contrôlent les sociétés titulaires de permis reste inconnue. Ce manque d’information favorise les conflits d’intérêts.',
    objectif:
      'Publier l’ensemble des contrats extractifs en vigueur et un registre des bénéficiaires effectifs.',
    description:
      'Le ministère publiera tous les contrats et avenants sur le portail du cadastre minier et tiendra, avec le Conseil National ITIE, un registre public des bénéficiaires effectifs des sociétés extractives conforme à la Norme ITIE.',
    valeurs: 'Transparence ; redevabilité publique.',
    jalons: [
      ['3.1', 'Inventaire des contrats et avenants en vigueur', 'Janvier 2025', 'Juin 2025'],
      ['3.2', 'Publication des contrats sur le portail du cadastre minier', 'Juillet 2025', 'Décembre 2025'],
      ['3.3', 'Ouverture du registre public des bénéficiaires effectifs', 'Janvier 2026', 'Décembre 2026'],
    ],
  },
  {
    titre: 'Rendre opérationnels les responsables de l’accès à l’information dans les ministères',
    axe: 2,
    dates: 'Février 2025 – Juin 2027',
    porteuse: 'Commission d’Accès à l’Information d’intérêt public et aux Documents Publics (CAIDP)',
    responsable: 'Président de la CAIDP',
    etat: 'Secrétariat Général du Gouvernement ; ministères techniques',
    osc: 'Association des journalistes économiques ; Réseau des femmes journalistes',
    probleme:
      'La loi relative à l’accès à l’information d’intérêt public prévoit la désignation de responsables de l’information dans chaque organisme public. La plupart n’ont pas été désignés ou n’ont reçu aucune formation, et les demandes restent souvent sans réponse.',
    objectif: 'Assurer le traitement des demandes d’information dans les délais prévus par la loi.',
    description:
      'Chaque ministère désignera un responsable de l’accès à l’information, qui sera formé par la CAIDP. Un registre électronique des demandes permettra de suivre les délais de réponse, et la CAIDP publiera un rapport annuel par ministère.',
    valeurs: 'Accès à l’information ; transparence.',
    jalons: [
      ['4.1', 'Désignation des responsables dans tous les ministères', 'Février 2025', 'Juin 2025'],
      ['4.2', 'Formation des responsables désignés', 'Juillet 2025', 'Décembre 2025'],
      ['4.3', 'Mise en service du registre électronique des demandes', 'Janvier 2026', 'Septembre 2026'],
      ['4.4', 'Publication du premier rapport annuel par ministère', 'Janvier 2027', 'Juin 2027'],
    ],
  },
  {
    titre: 'Associer les jeunes et les femmes à l’élaboration des budgets communaux',
    axe: 2,
    dates: 'Avril 2025 – Juin 2027',
    porteuse: 'Ministère de la Promotion de la Jeunesse',
    responsable: 'Directeur de la Participation Citoyenne',
    etat: 'Ministère de la Femme, de la Famille et de l’Enfant ; Union des Villes et Communes',
    osc: 'Conseil National des Jeunes ; Organisation des Femmes Actives',
    probleme:
      'Les jeunes et les femmes participent peu aux débats d’orientation budgétaire des communes, souvent tenus sans publicité. Leurs besoins sont donc mal pris en compte dans les investissements locaux.',
    objectif:
      'Instituer des séances publiques de budget participatif ouvertes aux jeunes et aux femmes dans trente communes.',
    description:
      'Trente communes volontaires organiseront chaque année des assemblées de quartier et consacreront une part de leur budget d’investissement aux projets qui y seront retenus.',
    valeurs: 'Participation citoyenne ; inclusion.',
    jalons: [
      ['5.1', 'Sélection des trente communes volontaires', 'Avril 2025', 'Juin 2025'],
      ['5.2', 'Formation des animateurs des assemblées de quartier', 'Juillet 2025', 'Octobre 2025'],
      ['5.3', 'Tenue des premières assemblées et vote des projets', 'Novembre 2025', 'Mars 2026'],
      ['5.4', 'Évaluation participative et bilan public', 'Janvier 2027', 'Juin 2027'],
    ],
  },
  {
    titre:
      'Renforcer la déclaration de patrimoine des assujettis et la publication des rapports de la Haute Autorité pour la Bonne Gouvernance',
    axe: 3,
    dates: 'Janvier 2025 – Décembre 2026',
    porteuse: 'Haute Autorité pour la Bonne Gouvernance (HABG)',
    responsable: 'Secrétaire Général de la HABG',
    etat: 'Ministère de la Justice ; Cour des Comptes',
    osc: 'Transparency Justice ; Ligue Ivoirienne des Droits de l’Homme',
    probleme:
      'Le taux de déclaration de patrimoine des assujettis reste insuffisant et les suites données aux déclarations sont peu connues du public, ce qui affaiblit l’effet dissuasif du dispositif.',
    objectif:
      'Porter à 90 % le taux de déclaration et publier chaque année les résultats des contrôles de la HABG.',
    description:
      'La HABG mettra en place une déclaration en ligne, relancera systématiquement les assujettis défaillants et publiera un rapport annuel présentant les contrôles effectués et les saisines de la justice.',
    valeurs: 'Redevabilité publique ; intégrité.',
    jalons: [
      ['6.1', 'Mise en service de la déclaration de patrimoine en ligne', 'Janvier 2025', 'Septembre 2025'],
      ['6.2', 'Publication de la liste des assujettis défaillants', 'Octobre 2025', 'Mars 2026'],
      ['6.3', 'Publication du rapport annuel des contrôles', 'Avril 2026', 'Décembre 2026'],
    ],
  },
  {
    titre: 'Améliorer la qualité des services publics par la dématérialisation des plaintes des usagers',
    axe: 3,
    dates: 'Juillet 2025 – Juin 2027',
    porteuse: 'Ministère de la Modernisation de l’Administration',
    responsable: 'Directeur de la Qualité du Service Public',
    etat: 'Médiateur de la République ; Agence Nationale du Service Universel des Télécommunications',
    osc: 'Fédération des Associations de Consommateurs',
    probleme:
      'Les usagers qui rencontrent un dysfonctionnement dans un service public ne savent pas à qui s’adresser. Les plaintes déposées sur papier ne sont ni enregistrées ni suivies, et les services ne rendent pas compte de leur traitement.',
    objectif: 'Offrir aux usagers un canal unique de plainte et publier les délais de traitement.',
    description:
      'Une plateforme en ligne et un numéro vert permettront de déposer une plainte, d’en suivre le traitement et d’évaluer la réponse reçue. Les statistiques seront publiées chaque trimestre par service.',
    valeurs: 'Redevabilité publique ; technologie et innovation au service de l’ouverture.',
    jalons: [
      ['7.1', 'Conception de la plateforme avec les associations d’usagers', 'Juillet 2025', 'Décembre 2025'],
      ['7.2', 'Lancement de la plateforme et du numéro vert', 'Janvier 2026', 'Juin 2026'],
      ['7.3', 'Publication trimestrielle des statistiques par service', 'Juillet 2026', 'Juin 2027'],
    ],
  },
];

function frAfriqueJalons(): Doc {
  const css = `body { font-family: 'Liberation Serif'; font-size: 11.5pt; line-height: 1.35; color: #000; }
h1 { font-family: 'Liberation Serif'; font-size: 14pt; font-weight: bold; text-transform: none; margin: 0 0 10pt; color: #e36c0a; }
h2.axe { font-family: 'Liberation Sans'; font-size: 12pt; font-weight: bold; background: #009a44; color: #fff; padding: 5pt 8pt; margin: 14pt 0 10pt; }
h3 { font-family: 'Liberation Sans'; font-size: 11pt; font-weight: bold; color: #e36c0a; margin: 14pt 0 6pt; }
p { margin: 0 0 6pt; text-align: justify; }
.cover { text-align: center; font-family: 'Liberation Serif'; }
.cover .rep { font-size: 13pt; font-weight: bold; } .cover .dev { font-size: 10pt; font-style: italic; margin-bottom: 30pt; }
.cover .min { font-size: 11pt; font-weight: bold; margin-top: 30pt; }
.cover .tit { font-size: 22pt; font-weight: bold; color: #e36c0a; margin: 120pt 0 16pt; line-height: 1.25; }
.cover .per { font-size: 18pt; font-weight: bold; } .cover .date { font-size: 11pt; margin-top: 200pt; }
table.f { width: 100%; border-collapse: collapse; font-family: 'Liberation Sans'; font-size: 9pt; margin-bottom: 6pt; }
table.f td, table.f th { border: 0.75pt solid #000; padding: 2.5pt 4pt; vertical-align: top; }
table.f td.k { width: 30%; font-weight: bold; background: #fde9d9; }
table.f th { background: #fbd4b4; text-align: center; }
table.sig td { padding: 2pt 6pt; font-size: 10pt; }
${TOC_CSS} .toc { font-family: 'Liberation Serif'; font-size: 11pt; }`;
  const commitments: Labelled[] = AF_PLAN.map((e, i) => ({
    label: String(i + 1),
    title: e.titre,
    theme: AF_AXES[e.axe - 1] as string,
    marker: `Engagement N°${i + 1} : ${e.titre}`,
  }));
  const toc = [
    'SIGLES ET ABRÉVIATIONS',
    'MOT DU MINISTRE',
    'I. CONTEXTE ET JUSTIFICATION',
    'II. PROCESSUS D’ÉLABORATION DU PLAN',
    'III. ENGAGEMENTS DU PLAN D’ACTION',
    'IV. MÉCANISME DE SUIVI-ÉVALUATION',
    'ANNEXE : LISTE DES PARTICIPANTS AUX ATELIERS',
  ];
  const html = (pages: Map<string, number>): string => {
    const fiche = (e: AfEngagement, i: number): string => {
      const axeHead =
        i === 0 || (AF_PLAN[i - 1] as AfEngagement).axe !== e.axe
          ? `<h2 class="axe${i > 0 ? ' brk' : ''}">Axe stratégique ${e.axe} : ${esc(AF_AXES[e.axe - 1] as string)}</h2>\n`
          : '';
      return `${axeHead}<h3>Engagement N°${i + 1} : ${esc(e.titre)}</h3>
<table class="f">
<tr><td class="k">Date de début et de fin de l’engagement</td><td>${esc(e.dates)}</td></tr>
<tr><td class="k">Structure porteuse</td><td>${esc(e.porteuse)}</td></tr>
<tr><td class="k">Personne responsable</td><td>${esc(e.responsable)}</td></tr>
<tr><td class="k">Autres acteurs impliqués (acteurs étatiques)</td><td>${esc(e.etat)}</td></tr>
<tr><td class="k">Autres acteurs impliqués (OSC, secteur privé)</td><td>${esc(e.osc)}</td></tr>
<tr><td class="k">Problématique</td><td>${esc(e.probleme)}</td></tr>
<tr><td class="k">Objectif principal</td><td>${esc(e.objectif)}</td></tr>
<tr><td class="k">Description de l’engagement</td><td>${esc(e.description)}</td></tr>
<tr><td class="k">Pertinence par rapport aux valeurs du PGO</td><td>${esc(e.valeurs)}</td></tr>
</table>
<table class="f"><tr><th style="width:7%">N°</th><th>Jalons</th><th style="width:17%">Date de début</th><th style="width:17%">Date de fin</th></tr>
${e.jalons.map(([n, j, a, b]) => `<tr><td>${n}</td><td>${esc(j)}</td><td>${a}</td><td>${b}</td></tr>`).join('\n')}
</table>`;
    };
    const body = `<div class="cover"><div class="rep">RÉPUBLIQUE DE CÔTE D’IVOIRE</div><div class="dev">Union – Discipline – Travail</div>
<div class="min">MINISTÈRE DE LA BONNE GOUVERNANCE, DU RENFORCEMENT DES CAPACITÉS<br>ET DE LA LUTTE CONTRE LA CORRUPTION</div>
<div class="tit">TROISIÈME PLAN D’ACTION NATIONAL<br>DU PARTENARIAT POUR UN GOUVERNEMENT OUVERT (PGO)</div>
<div class="per">2025 – 2027</div><div class="date">Abidjan, décembre 2024</div></div>
<h1 class="brk">SOMMAIRE</h1>
${toc
  .slice(0, 5)
  .map((t) => tocLine(t, pages.get(t), 0))
  .join('\n')}
${AF_AXES.map((a, k) => {
  const first = AF_PLAN.findIndex((e) => e.axe === k + 1);
  return tocLine(
    `Axe stratégique ${k + 1} : ${a}`,
    pages.get(`Axe stratégique ${k + 1} : ${a}`) ?? pages.get((commitments[first] as Labelled).marker),
    14,
  );
}).join('\n')}
${toc
  .slice(5)
  .map((t) => tocLine(t, pages.get(t), 0))
  .join('\n')}
<h1 class="brk">SIGLES ET ABRÉVIATIONS</h1>
<table class="f sig">
<tr><td class="k">CAIDP</td><td>Commission d’Accès à l’Information d’intérêt public et aux Documents Publics</td></tr>
<tr><td class="k">DGDDL</td><td>Direction Générale de la Décentralisation et du Développement Local</td></tr>
<tr><td class="k">HABG</td><td>Haute Autorité pour la Bonne Gouvernance</td></tr>
<tr><td class="k">ITIE</td><td>Initiative pour la Transparence dans les Industries Extractives</td></tr>
<tr><td class="k">MEI</td><td>Mécanisme d’Évaluation Indépendant</td></tr>
<tr><td class="k">OSC</td><td>Organisations de la Société Civile</td></tr>
<tr><td class="k">PGO</td><td>Partenariat pour un Gouvernement Ouvert</td></tr>
</table>
<h1>MOT DU MINISTRE</h1>
${p('Depuis son adhésion au Partenariat pour un Gouvernement Ouvert en 2015, la Côte d’Ivoire a fait de la transparence et de la participation des citoyens un pilier de la modernisation de l’État. Les deux premiers plans d’action ont permis l’adoption de textes importants et la mise en ligne de nombreuses données publiques.')}
${p('Ce troisième plan d’action, élaboré avec la société civile, traduit la volonté du Gouvernement de rapprocher l’action publique des populations, en particulier dans les régions. J’invite l’ensemble des structures porteuses à s’approprier les engagements et à rendre compte régulièrement de leur mise en œuvre.')}
<p style="text-align:right"><b>Le Ministre</b></p>
<h1 class="brk">I. CONTEXTE ET JUSTIFICATION</h1>
${p('Le présent plan s’inscrit dans le prolongement du Plan National de Développement et de la Stratégie nationale de lutte contre la corruption. Il tient compte des recommandations formulées par le Mécanisme d’Évaluation Indépendant sur le deuxième plan d’action, notamment la nécessité de réduire le nombre d’engagements et de renforcer leur ambition.')}
${p('Au titre du plan précédent, les principaux acquis sont la mise en place du portail national des données ouvertes, la publication du budget citoyen de l’État et l’adoption du décret relatif à l’organisation de la CAIDP.')}
<h1>II. PROCESSUS D’ÉLABORATION DU PLAN</h1>
${p('L’élaboration du plan a été conduite par le Comité national de pilotage du PGO, composé à parité de représentants de l’administration et de la société civile. Cinq ateliers régionaux, tenus à Bouaké, Korhogo, San-Pedro, Man et Abengourou, ont permis de recueillir 162 propositions. Un atelier national de validation s’est tenu à Abidjan les 14 et 15 novembre 2024.')}
<h1>III. ENGAGEMENTS DU PLAN D’ACTION</h1>
${p('Le présent plan d’action comporte sept (07) engagements répartis en trois (03) axes stratégiques. Chaque engagement est présenté selon le modèle de fiche du PGO et assorti de jalons datés.')}
${AF_PLAN.map(fiche).join('\n')}
<h1 class="brk">IV. MÉCANISME DE SUIVI-ÉVALUATION</h1>
${p('Le Comité national de pilotage se réunit une fois par trimestre pour examiner l’état d’avancement des jalons sur la base des rapports des structures porteuses. Un rapport d’autoévaluation à mi-parcours et un rapport de fin de parcours seront publiés et soumis à commentaires publics pendant deux semaines.')}
<h1>ANNEXE : LISTE DES PARTICIPANTS AUX ATELIERS</h1>
<table class="f"><tr><th>Structure</th><th>Catégorie</th></tr>
<tr><td>Secrétariat Général du Gouvernement</td><td>Administration</td></tr>
<tr><td>Direction Générale du Budget et des Finances</td><td>Administration</td></tr>
<tr><td>Union des Villes et Communes de Côte d’Ivoire</td><td>Collectivités territoriales</td></tr>
<tr><td>Convention de la Société Civile Ivoirienne</td><td>Société civile</td></tr>
<tr><td>Réseau Ivoirien pour la Transparence Budgétaire</td><td>Société civile</td></tr>
<tr><td>Chambre de Commerce et d’Industrie</td><td>Secteur privé</td></tr>
</table>`;
    return htmlPage(
      'fr',
      'Troisième Plan d’Action National PGO 2025-2027',
      'A4',
      '22mm 20mm 20mm 22mm',
      css,
      body,
    );
  };
  return {
    name: 'fr-afrique-jalons',
    kind: 'action-plan',
    family: 'fiche-structure-porteuse',
    language: 'fr',
    format: 'pdf',
    note: 'A West-African national plan (Liberation Serif): cover with the republic\'s motto, "SOMMAIRE" in capitals with dot leaders, acronyms table, minister\'s word, roman chapters, "comporte sept (07) engagements répartis en trois (03) axes"; "Axe stratégique N : …" in a green band, each "Engagement N°N : Title" (orange bold, some titles wrapping) followed by a fiche table (date de début et de fin, structure porteuse, personne responsable, autres acteurs, problématique, objectif principal, description, pertinence PGO) and a jalons table numbered 1.1, 1.2… with Date de début / Date de fin; a participants annex table.',
    html,
    commitments,
    header: 'Troisième Plan d’Action National PGO 2025-2027 – Côte d’Ivoire',
    toc: [...toc, ...AF_AXES.map((a, k) => `Axe stratégique ${k + 1} : ${a}`)],
  };
}

// ---------------------------------------------------------------------------------------------------------
// (2) North-African plan: "Thème N : …" chapters, engagements "1.1." with long titles hyphenated where they
// wrap, a template table of the new OGP questions after each; the contents page names each engagement by a
// shorter wording ("Engagement 1.1 : Registre des demandes d'accès à l'information").

interface MaEngagement {
  num: string;
  titre: string;
  court: string;
  theme: number;
  dates: string;
  institution: string;
  partenaires: string;
  probleme: string;
  engagement: string;
  contribution: string;
  valeurs: string;
  activites: Array<[string, string, string]>;
}

const MA_THEMES = [
  'Droit d’accès à l’information',
  'Participation citoyenne',
  'Intégrité et lutte contre la corruption',
  'Services publics ouverts',
];

const MA_PLAN: MaEngagement[] = [
  {
    num: '1.1',
    titre:
      'Mettre en place un registre national des demandes d’accès à l’information et publier ses statis\u00adtiques trimestrielles',
    court: 'Registre des demandes d’accès à l’information',
    theme: 1,
    dates: 'Janvier 2025 – Décembre 2026',
    institution: 'Commission du droit d’accès à l’information (CDAI)',
    partenaires: 'Ministère de la Transition numérique ; Transparency Maroc ; Association Simsim',
    probleme:
      'Les demandes d’accès à l’information sont traitées par chaque administration selon ses propres procédures. Il n’existe aucune donnée consolidée sur le nombre de demandes, les délais de réponse ou les motifs de refus, ce qui empêche d’évaluer l’application de la loi 31-13.',
    engagement:
      'Créer un registre électronique commun à toutes les administrations, dans lequel chaque demande est enregistrée et suivie jusqu’à la réponse, et publier chaque trimestre des statistiques par administration.',
    contribution:
      'Les statistiques publiques permettront de repérer les administrations qui ne répondent pas et d’orienter les actions de formation et de contrôle de la Commission.',
    valeurs: 'Transparence et redevabilité.',
    activites: [
      ['Cahier des charges du registre électronique', 'Janvier 2025', 'Avril 2025'],
      ['Déploiement du registre dans les départements ministériels', 'Mai 2025', 'Décembre 2025'],
      ['Publication des premières statistiques trimestrielles', 'Janvier 2026', 'Mars 2026'],
      ['Rapport annuel de la Commission sur l’application de la loi', 'Septembre 2026', 'Décembre 2026'],
    ],
  },
  {
    num: '1.2',
    titre:
      'Publier de manière proactive les données relatives aux marchés publics des collectivités territoriales',
    court: 'Données des marchés publics des collectivités',
    theme: 1,
    dates: 'Mars 2025 – Juin 2027',
    institution: 'Trésorerie Générale du Royaume',
    partenaires:
      'Direction générale des collectivités territoriales ; Association marocaine des présidents des conseils communaux',
    probleme:
      'Les avis d’appel d’offres des collectivités sont publiés, mais les résultats, les montants attribués et l’exécution des marchés ne le sont pas. Les citoyens et les entreprises ne peuvent pas vérifier la régularité des attributions.',
    engagement:
      'Publier en format ouvert, sur le portail des marchés publics, les attributions, les montants et les avenants des marchés de toutes les collectivités territoriales.',
    contribution: 'Des données complètes permettent un contrôle citoyen de la commande publique locale.',
    valeurs: 'Transparence.',
    activites: [
      ['Adaptation du portail des marchés publics', 'Mars 2025', 'Septembre 2025'],
      ['Publication des données des régions et des provinces', 'Octobre 2025', 'Juin 2026'],
      ['Publication des données de l’ensemble des communes', 'Juillet 2026', 'Juin 2027'],
    ],
  },
  {
    num: '2.1',
    titre: 'Opérationnaliser les pétitions et les motions citoyennes au niveau des conseils communaux',
    court: 'Pétitions et motions citoyennes',
    theme: 2,
    dates: 'Janvier 2025 – Juin 2027',
    institution: 'Ministère de l’Intérieur – Direction générale des collectivités territoriales',
    partenaires: 'Conseils communaux ; Espace associatif ; Réseau des associations de quartier',
    probleme:
      'Les lois organiques relatives aux collectivités territoriales reconnaissent aux citoyens le droit de présenter des pétitions, mais ce droit est très peu exercé faute d’information et en raison de conditions de recevabilité complexes.',
    engagement:
      'Simplifier le dépôt des pétitions grâce à une plateforme nationale, informer les citoyens de ce droit et publier la suite donnée à chaque pétition par les conseils.',
    contribution:
      'Un dépôt simple et des réponses publiques encouragent les citoyens à participer aux décisions locales.',
    valeurs: 'Participation citoyenne et redevabilité.',
    activites: [
      ['Lancement de la plateforme nationale des pétitions locales', 'Janvier 2025', 'Septembre 2025'],
      ['Campagne d’information dans douze régions', 'Octobre 2025', 'Mars 2026'],
      ['Publication des réponses des conseils aux pétitions reçues', 'Avril 2026', 'Juin 2027'],
    ],
  },
  {
    num: '2.2',
    titre: 'Associer la société civile au suivi de la mise en œuvre du nouveau modèle de développement',
    court: 'Suivi citoyen du modèle de développement',
    theme: 2,
    dates: 'Juin 2025 – Juin 2027',
    institution: 'Haut-Commissariat au Plan',
    partenaires: 'Conseil économique, social et environnemental ; universités ; associations',
    probleme:
      'Le suivi des objectifs du nouveau modèle de développement est assuré par les seules administrations. Les indicateurs et leur évolution sont peu diffusés, et la société civile n’est pas associée à leur analyse.',
    engagement:
      'Créer un observatoire citoyen qui reçoit les données de suivi, organise chaque année une conférence publique et formule des recommandations.',
    contribution: 'Le dialogue sur les résultats renforce la redevabilité des politiques publiques.',
    valeurs: 'Participation citoyenne ; transparence.',
    activites: [
      ['Constitution de l’observatoire citoyen', 'Juin 2025', 'Décembre 2025'],
      ['Publication des indicateurs de suivi en données ouvertes', 'Janvier 2026', 'Juin 2026'],
      ['Première conférence annuelle et recommandations', 'Juillet 2026', 'Décembre 2026'],
    ],
  },
  {
    num: '2.3',
    titre:
      'Renforcer la participation des jeunes à l’élaboration des politiques publiques à travers des conseils consulta\u00adtifs régionaux',
    court: 'Conseils consultatifs régionaux des jeunes',
    theme: 2,
    dates: 'Septembre 2025 – Juin 2027',
    institution: 'Ministère de la Jeunesse, de la Culture et de la Communication',
    partenaires: 'Conseils régionaux ; Conseil consultatif de la jeunesse et de l’action associative',
    probleme:
      'Les jeunes représentent près d’un tiers de la population mais sont peu consultés sur les politiques qui les concernent, notamment en matière d’emploi et de formation.',
    engagement:
      'Installer dans chaque région un conseil consultatif des jeunes, saisi pour avis sur les programmes régionaux d’emploi et de formation.',
    contribution: 'Les avis des jeunes seront publiés avec la réponse motivée du conseil régional.',
    valeurs: 'Participation citoyenne ; inclusion.',
    activites: [
      ['Adoption du cadre de fonctionnement des conseils consultatifs', 'Septembre 2025', 'Décembre 2025'],
      ['Installation des conseils dans les douze régions', 'Janvier 2026', 'Juin 2026'],
      ['Publication des avis et des réponses motivées', 'Juillet 2026', 'Juin 2027'],
    ],
  },
  {
    num: '3.1',
    titre: 'Publier les déclarations d’intérêts des membres du gouvernement et des hauts responsables',
    court: 'Déclarations d’intérêts des hauts responsables',
    theme: 3,
    dates: 'Janvier 2025 – Décembre 2026',
    institution:
      'Instance nationale de la probité, de la prévention et de la lutte contre la corruption (INPPLC)',
    partenaires: 'Cour des comptes ; Secrétariat général du gouvernement',
    probleme:
      'Les déclarations de patrimoine des responsables publics sont déposées auprès de la Cour des comptes mais ne sont pas publiques, et aucune déclaration d’intérêts n’est prévue pour prévenir les conflits d’intérêts.',
    engagement:
      'Préparer un projet de texte instaurant une déclaration publique d’intérêts pour les membres du gouvernement et les hauts responsables, et en publier le contenu en ligne.',
    contribution: 'La publicité des intérêts permet de prévenir et de détecter les conflits d’intérêts.',
    valeurs: 'Redevabilité ; intégrité.',
    activites: [
      ['Étude comparative et consultation publique', 'Janvier 2025', 'Juin 2025'],
      ['Projet de texte soumis au Conseil de gouvernement', 'Juillet 2025', 'Mars 2026'],
      ['Première publication des déclarations', 'Avril 2026', 'Décembre 2026'],
    ],
  },
  {
    num: '3.2',
    titre: 'Mettre en place un dispositif de protection et d’accompagnement des lanceurs d’alerte',
    court: 'Protection des lanceurs d’alerte',
    theme: 3,
    dates: 'Mars 2025 – Juin 2027',
    institution: 'Ministère de la Justice',
    partenaires: 'INPPLC ; Transparency Maroc ; ordres professionnels',
    probleme:
      'Les personnes qui signalent des faits de corruption s’exposent à des représailles et la protection prévue par le code de procédure pénale reste méconnue et limitée aux témoins.',
    engagement:
      'Élaborer avec la société civile un dispositif de signalement sécurisé et de protection des lanceurs d’alerte dans les secteurs public et privé.',
    contribution: 'Mieux protégés, les lanceurs d’alerte signaleront davantage les faits de corruption.',
    valeurs: 'Redevabilité ; intégrité.',
    activites: [
      ['Diagnostic et consultation des parties prenantes', 'Mars 2025', 'Septembre 2025'],
      ['Mise en service de la plateforme de signalement sécurisée', 'Octobre 2025', 'Juin 2026'],
      ['Rapport public sur les signalements reçus et leur suivi', 'Janvier 2027', 'Juin 2027'],
    ],
  },
  {
    num: '4.1',
    titre: 'Publier les engagements de qualité et les délais de traitement des prestations administratives',
    court: 'Qualité et délais des prestations administratives',
    theme: 4,
    dates: 'Janvier 2025 – Juin 2027',
    institution: 'Ministère de la Transition numérique et de la Réforme de l’Administration',
    partenaires: 'Agence de développement du digital ; associations de consommateurs',
    probleme:
      'Les usagers ne connaissent ni les pièces exigées ni les délais de traitement de nombreuses prestations, malgré la loi 55-19 relative à la simplification des procédures administratives.',
    engagement:
      'Publier pour chaque prestation les pièces exigées, le délai maximal de traitement et le délai réellement constaté, et recueillir l’avis des usagers.',
    contribution:
      'La publication des délais constatés incite les administrations à respecter leurs engagements.',
    valeurs: 'Transparence ; redevabilité ; technologie au service de l’ouverture.',
    activites: [
      ['Recensement des prestations et des délais réglementaires', 'Janvier 2025', 'Juin 2025'],
      ['Publication des délais constatés sur le portail national', 'Juillet 2025', 'Juin 2026'],
      ['Enquête de satisfaction et publication des résultats', 'Juillet 2026', 'Juin 2027'],
    ],
  },
];

function frMaghrebThemes(): Doc {
  const css = `body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.45; color: #222; }
h1 { font-family: 'DejaVu Sans'; font-size: 17pt; color: #8b1a1a; font-weight: bold; margin: 0 0 12pt; }
h2.theme { font-family: 'DejaVu Sans'; font-size: 15pt; color: #8b1a1a; border-bottom: 2pt solid #8b1a1a; padding-bottom: 3pt; margin: 0 0 12pt; }
h3 { font-family: 'DejaVu Sans'; font-size: 12.5pt; color: #333; font-weight: bold; margin: 16pt 0 8pt; width: 80%; }
p { margin: 0 0 6pt; text-align: justify; }
ul { margin: 0 0 6pt; }
.cover { padding-top: 120pt; text-align: center; } .cover .roy { font-family: 'DejaVu Sans'; font-size: 13pt; letter-spacing: 2pt; }
.cover .chef { font-size: 11pt; margin-top: 6pt; } .cover .t { font-family: 'DejaVu Sans'; font-size: 24pt; font-weight: bold; color: #8b1a1a; margin: 60pt 0 12pt; line-height: 1.25; }
.cover .s { font-size: 13pt; }
table.g { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 8.5pt; margin-bottom: 8pt; }
table.g td, table.g th { border: 0.5pt solid #8b1a1a; padding: 3pt 4pt; vertical-align: top; }
table.g td.k { width: 32%; background: #f7e6e6; font-weight: bold; }
table.g th { background: #8b1a1a; color: #fff; text-align: left; }
${TOC_CSS} .toc { font-family: 'DejaVu Sans'; font-size: 9.5pt; }`;
  const commitments: Labelled[] = MA_PLAN.map((e) => ({
    label: e.num,
    title: plain(e.titre),
    theme: MA_THEMES[e.theme - 1] as string,
    // The body's heading up to its first soft hyphen, which may break the printed word.
    marker: `${e.num}. ${plain(e.titre).split(' ').slice(0, 3).join(' ')}`,
  }));
  const chapters = [
    'Introduction',
    'Bilan des plans d’action précédents',
    'Processus de co-création du plan',
    'Suivi et évaluation',
    'Annexe – Membres du Comité de pilotage',
  ];
  const html = (pages: Map<string, number>): string => {
    const fiche = (e: MaEngagement, i: number): string => {
      const head =
        i === 0 || (MA_PLAN[i - 1] as MaEngagement).theme !== e.theme
          ? `<h2 class="theme brk">Thème ${e.theme} : ${esc(MA_THEMES[e.theme - 1] as string)}</h2>\n`
          : '';
      return `${head}<h3>${e.num}. ${esc(hy(e.titre))}</h3>
<table class="g">
<tr><td class="k">Date de début et de fin de l’engagement</td><td>${esc(e.dates)}</td></tr>
<tr><td class="k">Institution responsable de la mise en œuvre</td><td>${esc(e.institution)}</td></tr>
<tr><td class="k">Partenaires</td><td>${esc(e.partenaires)}</td></tr>
<tr><td class="k">Quel est le problème public que l’engagement vise à résoudre ?</td><td>${esc(e.probleme)}</td></tr>
<tr><td class="k">Quel est l’engagement ?</td><td>${esc(e.engagement)}</td></tr>
<tr><td class="k">Comment l’engagement contribuera-t-il à résoudre le problème public ?</td><td>${esc(e.contribution)}</td></tr>
<tr><td class="k">Pourquoi cet engagement est-il pertinent au regard des valeurs du PGO ?</td><td>${esc(e.valeurs)}</td></tr>
</table>
<table class="g"><tr><th>Activités et livrables</th><th style="width:18%">Date de début</th><th style="width:18%">Date de fin</th></tr>
${e.activites.map(([a, b, c]) => `<tr><td>${esc(a)}</td><td>${b}</td><td>${c}</td></tr>`).join('\n')}
</table>`;
    };
    const tocEngagements = MA_THEMES.map((t, k) => {
      const first = MA_PLAN.find((e) => e.theme === k + 1) as MaEngagement;
      const firstMarker = (commitments[MA_PLAN.indexOf(first)] as Labelled).marker;
      return [
        tocLine(`Thème ${k + 1} : ${t}`, pages.get(firstMarker), 10),
        ...MA_PLAN.filter((e) => e.theme === k + 1).map((e) =>
          tocLine(
            `Engagement ${e.num} : ${e.court}`,
            pages.get((commitments[MA_PLAN.indexOf(e)] as Labelled).marker),
            24,
          ),
        ),
      ].join('\n');
    }).join('\n');
    const body = `<div class="cover"><div class="roy">ROYAUME DU MAROC</div><div class="chef">Chef du Gouvernement</div>
<div class="t">Plan d’action national<br>du Partenariat pour un Gouvernement Ouvert</div><div class="s">2025 – 2027</div></div>
<h1 class="brk">Table des matières</h1>
${tocLine(chapters[0] as string, pages.get(chapters[0] as string), 0)}
${tocLine(chapters[1] as string, pages.get(chapters[1] as string), 0)}
${tocLine(chapters[2] as string, pages.get(chapters[2] as string), 0)}
${tocLine('Engagements du plan d’action', pages.get((commitments[0] as Labelled).marker), 0)}
${tocEngagements}
${tocLine(chapters[3] as string, pages.get(chapters[3] as string), 0)}
${tocLine(chapters[4] as string, pages.get(chapters[4] as string), 0)}
<h1 class="brk">Introduction</h1>
${p('Le Maroc a rejoint le Partenariat pour un Gouvernement Ouvert en avril 2018, après avoir rempli les critères d’éligibilité grâce à l’adoption de la loi 31-13 relative au droit d’accès à l’information. Ce troisième plan d’action national a été élaboré conjointement par l’administration et la société civile au sein du Comité de pilotage du gouvernement ouvert.')}
${p('Le plan comprend huit engagements répartis sur quatre thèmes. Pour chacun, la fiche reprend le modèle proposé par le PGO : institution responsable, problème public visé, description de l’engagement, pertinence au regard des valeurs du PGO et activités assorties de dates.')}
<h1>Bilan des plans d’action précédents</h1>
${p('Les deux premiers plans ont permis plusieurs avancées, parmi lesquelles :')}
<ul><li>la mise en service du portail national de l’accès à l’information « Chafafiya » ;</li>
<li>la publication du budget citoyen chaque année depuis 2019 ;</li>
<li>l’ouverture du portail national de la participation citoyenne « Chaarik » ;</li>
<li>l’adoption de la loi 55-19 relative à la simplification des procédures administratives.</li></ul>
${p('Le Mécanisme d’évaluation indépendant a toutefois relevé que plusieurs engagements manquaient d’ambition ou de jalons vérifiables. Le présent plan s’efforce d’y répondre.')}
<h1>Processus de co-création du plan</h1>
${p('Une consultation en ligne a été ouverte sur le portail « Chaarik » de février à avril 2024 et a recueilli 248 propositions. Des ateliers thématiques ont ensuite réuni administrations et associations à Rabat, Tanger, Marrakech et Oujda. Le Comité de pilotage a retenu les engagements par consensus et publié une réponse motivée aux propositions non retenues.')}
${MA_PLAN.map(fiche).join('\n')}
<h1 class="brk">Suivi et évaluation</h1>
${p('Chaque institution responsable désigne un point focal chargé de rendre compte de l’avancement des activités au Comité de pilotage. Les rapports d’avancement sont publiés sur le portail du gouvernement ouvert tous les six mois.')}
<h1>Annexe – Membres du Comité de pilotage</h1>
<table class="g"><tr><th>Administration</th><th>Société civile</th></tr>
<tr><td>Ministère de la Transition numérique et de la Réforme de l’Administration</td><td>Transparency Maroc</td></tr>
<tr><td>Ministère de l’Économie et des Finances</td><td>Association Simsim – Participation citoyenne</td></tr>
<tr><td>Ministère de l’Intérieur</td><td>Espace associatif</td></tr>
<tr><td>Commission du droit d’accès à l’information</td><td>Réseau marocain pour le droit d’accès à l’information</td></tr>
</table>`;
    return htmlPage('fr', 'Plan d’action national PGO 2025-2027', 'A4', '24mm 22mm 22mm 22mm', css, body);
  };
  return {
    name: 'fr-maghreb-themes',
    kind: 'action-plan',
    family: 'themes-dotted-contents-wording',
    language: 'fr',
    format: 'pdf',
    note: 'A North-African plan (DejaVu Serif body, DejaVu Sans headings): cover, "Table des matières" that names each engagement "Engagement 1.1 : <short name>" (the body\'s heading is "1.1. <long title>"), "comprend huit engagements répartis sur quatre thèmes", past achievements as bullets; "Thème N : …" on a new page, engagements "1.1." … "4.1." as headings held to 80% width so that long titles wrap, two of them hyphenated at a soft hyphen; each followed by the new OGP template table (date de début et de fin, institution responsable, problem / engagement / contribution / valeurs questions) and an "Activités et livrables" table with dates; a committee annex.',
    html,
    commitments,
    header: 'Plan d’action national du PGO 2025-2027 — Royaume du Maroc',
    toc: chapters,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (3) French government web page: the plan published as an HTML page, "Axe N – …" h2, "Engagement N – …"
// h3, "Porteur :" / "Partenaires :" paragraphs, context, dated actions as a list; a "Sur cette page" box
// naming the engagements by short names; a "Bilan du plan 2021-2023" paragraph; site navigation and footer.

interface FrEngagement {
  titre: string;
  court: string;
  axe: number;
  porteur: string;
  partenaires: string;
  enjeu: string;
  actions: Array<[string, string]>;
}

const FR_AXES = [
  'Rendre l’action publique plus transparente',
  'Associer les citoyens à la décision publique',
  'Ouvrir les données et les codes sources',
];

const FR_PLAN: FrEngagement[] = [
  {
    titre: 'Rendre publiques les études d’impact et les avis rendus sur les projets de loi dès leur dépôt',
    court: 'Études d’impact',
    axe: 1,
    porteur: 'Secrétariat général du Gouvernement (SGG)',
    partenaires: 'Assemblée nationale, Sénat, Regards Citoyens',
    enjeu:
      'Les études d’impact des projets de loi sont publiées, mais les avis rendus par les organismes consultés restent souvent inaccessibles, et les citoyens ne peuvent pas suivre l’évolution d’un texte avant son examen par le Parlement.',
    actions: [
      [
        'Premier semestre 2025',
        'publier sur Légifrance les avis des organismes consultés rendus publics par la loi',
      ],
      ['Fin 2025', 'mettre en ligne un dossier législatif unique, du projet initial au texte déposé'],
      ['2026', 'rendre ces dossiers réutilisables en données ouvertes'],
    ],
  },
  {
    titre:
      'Renforcer la transparence des relations entre les représentants d’intérêts et les décideurs publics',
    court: 'Représentants d’intérêts',
    axe: 1,
    porteur: 'Haute Autorité pour la transparence de la vie publique (HATVP)',
    partenaires: 'Ministère de l’Économie ; Transparency International France ; Anticor',
    enjeu:
      'Le répertoire des représentants d’intérêts recense plus de 3 000 organisations, mais ses déclarations restent difficiles à exploiter et ne permettent pas de relier une action d’influence à une décision précise.',
    actions: [
      ['Juin 2025', 'publier un guide des fiches d’activités précisant la décision publique visée'],
      ['Décembre 2025', 'ouvrir une interface de programmation pour l’ensemble du répertoire'],
      ['2026', 'publier une cartographie annuelle des actions d’influence par texte législatif'],
    ],
  },
  {
    titre: 'Publier les données essentielles de la commande publique de l’ensemble des acheteurs',
    court: 'Commande publique',
    axe: 1,
    porteur: 'Direction des affaires juridiques des ministères économiques et financiers',
    partenaires: 'Direction des achats de l’État ; Open Contracting Partnership',
    enjeu:
      'Les acheteurs publics sont tenus de publier les données essentielles de leurs marchés, mais une partie seulement le fait, avec une qualité inégale qui rend les comparaisons impossibles.',
    actions: [
      ['Mars 2025', 'publier un tableau de bord du taux de publication par acheteur'],
      ['Septembre 2025', 'centraliser les données sur data.gouv.fr selon un schéma unique'],
      ['2026', 'accompagner les collectivités de moins de 10 000 habitants'],
    ],
  },
  {
    titre: 'Consulter les citoyens sur les grandes transformations des services publics',
    court: 'Consultations citoyennes',
    axe: 2,
    porteur: 'Direction interministérielle de la transformation publique (DITP)',
    partenaires: 'Conseil économique, social et environnemental ; Commission nationale du débat public',
    enjeu:
      'Les réformes des services publics sont souvent conduites sans consultation des usagers, qui ne sont associés ni à l’identification des problèmes ni à l’évaluation des solutions.',
    actions: [
      ['2025', 'conduire deux consultations nationales sur l’accueil dans les services publics'],
      ['2025', 'publier une réponse motivée à chaque proposition retenue ou écartée'],
      ['2026', 'réunir une convention citoyenne sur la simplification des démarches'],
    ],
  },
  {
    titre: 'Associer les usagers à l’évaluation de la qualité des services publics locaux',
    court: 'Avis des usagers',
    axe: 2,
    porteur: 'Direction générale des collectivités locales',
    partenaires: 'Association des maires de France ; France Services',
    enjeu:
      'Les usagers peuvent donner leur avis sur certains services de l’État, mais les services publics locaux ne recueillent ni ne publient ces avis de façon systématique.',
    actions: [
      ['Juin 2025', 'étendre le dispositif « Services Publics + » à cinquante collectivités volontaires'],
      ['2026', 'publier les résultats par collectivité et les améliorations apportées'],
    ],
  },
  {
    titre: 'Ouvrir les codes sources des logiciels développés par l’administration',
    court: 'Codes sources',
    axe: 3,
    porteur: 'Direction interministérielle du numérique (DINUM)',
    partenaires: 'Ministères ; communauté du logiciel libre',
    enjeu:
      'La loi pour une République numérique fait des codes sources des documents administratifs communicables, mais de nombreux logiciels développés par l’administration ne sont pas publiés.',
    actions: [
      ['2025', 'publier la liste de tous les codes sources des administrations centrales'],
      ['2025', 'accompagner chaque ministère dans la publication de ses développements'],
      ['2026', 'publier un rapport annuel sur l’ouverture des codes'],
    ],
  },
  {
    titre: 'Rendre transparents les algorithmes publics utilisés pour prendre des décisions individuelles',
    court: 'Algorithmes publics',
    axe: 3,
    porteur: 'Direction interministérielle du numérique (DINUM)',
    partenaires: 'Commission d’accès aux documents administratifs ; Etalab ; La Quadrature du Net',
    enjeu:
      'Les administrations doivent informer les personnes lorsqu’une décision les concernant est prise sur le fondement d’un traitement algorithmique. Cette obligation est encore mal connue et peu appliquée.',
    actions: [
      ['Mars 2025', 'publier un inventaire des principaux algorithmes publics'],
      ['Décembre 2025', 'mettre à disposition un modèle de mention explicative'],
      ['2026', 'évaluer l’application de l’obligation dans cinq ministères'],
    ],
  },
];

function frGouvHtml(): Doc {
  const commitments: Labelled[] = FR_PLAN.map((e, i) => ({
    label: String(i + 1),
    title: e.titre,
    theme: FR_AXES[e.axe - 1] as string,
    marker: `Engagement ${i + 1} – ${e.titre}`,
  }));
  const html = (): string => {
    const sections = FR_AXES.map((a, k) => {
      const items = FR_PLAN.map((e, i) => [e, i] as const)
        .filter(([e]) => e.axe === k + 1)
        .map(
          ([e, i]) => `<section class="engagement" id="engagement-${i + 1}">
<h3>Engagement ${i + 1} – ${esc(e.titre)}</h3>
<p class="meta"><strong>Porteur :</strong> ${esc(e.porteur)}<br><strong>Partenaires :</strong> ${esc(e.partenaires)}</p>
<p><strong>Enjeu.</strong> ${esc(e.enjeu)}</p>
<p><strong>Actions et calendrier</strong></p>
<ul>${e.actions.map(([d, a]) => `<li>${esc(d)} : ${esc(a)}</li>`).join('')}</ul>
</section>`,
        )
        .join('\n');
      return `<h2 id="axe-${k + 1}">Axe ${k + 1} – ${esc(a)}</h2>\n${items}`;
    }).join('\n');
    const body = `<header class="fr-header"><div class="fr-logo">République<br>Française</div>
<p class="fr-service">Transformation et fonction publiques</p>
<nav class="fr-nav" aria-label="Menu principal"><ul><li><a href="/">Accueil</a></li><li><a href="/action-publique">Action publique</a></li><li><a href="/gouvernement-ouvert" aria-current="page">Gouvernement ouvert</a></li><li><a href="/actualites">Actualités</a></li></ul></nav></header>
<nav class="fr-breadcrumb" aria-label="vous êtes ici :"><ol><li><a href="/">Accueil</a></li><li><a href="/gouvernement-ouvert">Gouvernement ouvert</a></li><li aria-current="page">Plan d’action national 2025-2027</li></ol></nav>
<main>
<h1>Plan d’action national pour un gouvernement ouvert 2025-2027</h1>
<p class="date">Publié le 12 décembre 2024 · Mis à jour le 6 janvier 2025</p>
<p class="chapo">Membre fondateur du Partenariat pour un gouvernement ouvert (PGO), la France publie son quatrième plan d’action national. Ses sept engagements, construits avec la société civile, visent à rendre l’action publique plus transparente, à associer davantage les citoyens aux décisions et à ouvrir les données et les codes sources de l’administration.</p>
<nav class="fr-summary" aria-label="Sur cette page"><p><strong>Sur cette page</strong></p><ol>
<li><a href="#elaboration">Comment le plan a été élaboré</a></li>
${FR_AXES.map(
  (a, k) =>
    `<li><a href="#axe-${k + 1}">${esc(a)}</a><ul>${FR_PLAN.map((e, i) => [e, i] as const)
      .filter(([e]) => e.axe === k + 1)
      .map(([e, i]) => `<li><a href="#engagement-${i + 1}">${esc(e.court)}</a></li>`)
      .join('')}</ul></li>`,
).join('\n')}
<li><a href="#suivi">Suivi du plan</a></li></ol></nav>
<h2 id="elaboration">Comment le plan a été élaboré</h2>
<p>Entre mars et septembre 2024, une consultation en ligne a recueilli 1 214 contributions et 37 ateliers ont réuni administrations, associations, chercheurs et citoyens tirés au sort. Chaque engagement a ensuite été précisé par son administration porteuse avec les organisations de la société civile qui l’avaient proposé.</p>
<p>Le précédent plan (2021-2023) comptait 22 engagements, dont 15 ont été entièrement réalisés selon le rapport d’autoévaluation de fin de parcours. Le Mécanisme d’évaluation indépendant a recommandé un plan plus resserré : c’est le choix fait cette fois.</p>
${sections}
<h2 id="suivi">Suivi du plan</h2>
<p>L’avancement de chaque engagement est mis à jour tous les six mois sur cette page. Un rapport d’autoévaluation à mi-parcours sera publié à l’automne 2026 et soumis à la consultation du public.</p>
<div class="fr-download"><a href="/files/plan-action-national-2025-2027.pdf">Télécharger le plan d’action national 2025-2027 (PDF, 1,8 Mo)</a></div>
<aside class="voir-aussi"><h2>Voir aussi</h2><ul><li><a href="/gouvernement-ouvert/autoevaluation-2021-2023">Rapport d’autoévaluation du plan 2021-2023</a></li><li><a href="/gouvernement-ouvert/pgo">Le Partenariat pour un gouvernement ouvert</a></li></ul></aside>
</main>
<footer class="fr-footer"><ul><li><a href="/plan-du-site">Plan du site</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/donnees-personnelles">Données personnelles et cookies</a></li></ul>
<p>Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0</p></footer>`;
    const css = `body { font-family: 'Marianne', 'Liberation Sans', sans-serif; margin: 0 auto; max-width: 960px; color: #161616; }
.fr-header { border-bottom: 1px solid #ddd; } .fr-logo { font-weight: bold; text-transform: uppercase; }
h1 { font-size: 40px; } h2 { font-size: 28px; margin-top: 40px; } h3 { font-size: 22px; color: #000091; }
.date { color: #666; font-size: 14px; } .chapo { font-size: 20px; }
.fr-summary { background: #f6f6f6; padding: 16px; } .meta { background: #eef; padding: 8px; }`;
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Plan d’action national pour un gouvernement ouvert 2025-2027 | Transformation et fonction publiques</title><style>${css}</style></head><body>${body}</body></html>`;
  };
  return {
    name: 'fr-gouv-page-engagements',
    kind: 'action-plan',
    family: 'web-page-porteur',
    language: 'fr',
    format: 'html',
    note: 'A French government web page publishing the plan: header, menu, breadcrumb, h1, publication date, standfirst ("Ses sept engagements"), a "Sur cette page" box naming the axes and each engagement by a short name, "Comment le plan a été élaboré" (the previous plan\'s "22 engagements"), then h2 "Axe N – …" and h3 "Engagement N – Title" with "Porteur :" / "Partenaires :" in one paragraph, "Enjeu." and a list of dated actions; "Suivi du plan", a download link, "Voir aussi" and the site footer.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (4) Canadian federal plan in French (Letter paper): themes as large headings, commitments as smaller
// headings carrying no number, each with "Ministère responsable", "Ministères participants", a "Défi"
// and "Ce que nous ferons" text and a table of "Jalons" with "Date d'achèvement prévue". Only size and
// weight tell a commitment's heading from its theme and its sub-headings.

interface CaEngagement {
  titre: string;
  theme: number;
  ministere: string;
  participants: string;
  defi: string;
  action: string;
  jalons: Array<[string, string]>;
}

const CA_THEMES = [
  'Démocratie et espace civique',
  'Transparence financière et fiscale',
  'Justice et réconciliation',
];

const CA_PLAN: CaEngagement[] = [
  {
    titre: 'Lutter contre la désinformation tout en protégeant la liberté d’expression',
    theme: 1,
    ministere: 'Patrimoine canadien',
    participants: 'Bureau du Conseil privé ; Élections Canada',
    defi: 'La désinformation en ligne mine la confiance envers les institutions démocratiques et peut influer sur le déroulement des élections. Les Canadiens disposent de peu d’outils pour reconnaître les contenus trompeurs.',
    action:
      'Nous financerons des projets de littératie numérique menés par des organismes de la société civile et publierons les résultats de la recherche que nous soutenons sur la désinformation.',
    jalons: [
      ['Lancement d’un appel de propositions pour des projets de littératie numérique', 'Été 2025'],
      ['Publication d’un répertoire des recherches financées', 'Hiver 2026'],
      ['Rapport public sur les résultats des projets', 'Printemps 2028'],
    ],
  },
  {
    titre: 'Moderniser le régime d’accès à l’information et réduire les délais de traitement des demandes',
    theme: 1,
    ministere: 'Secrétariat du Conseil du Trésor du Canada',
    participants: 'Commissariat à l’information ; Bibliothèque et Archives Canada',
    defi: 'Le nombre de demandes d’accès à l’information a plus que doublé en dix ans, et de nombreuses demandes ne sont pas traitées dans les délais prévus par la loi.',
    action:
      'Nous publierons des données sur le traitement des demandes par institution, offrirons un service de demande unique en ligne et publierons les documents communiqués dans un registre consultable.',
    jalons: [
      ['Publication mensuelle des délais de traitement par institution', 'Automne 2025'],
      ['Mise en service d’un registre consultable des documents communiqués', 'Été 2026'],
      ['Examen public des résultats avec le Forum multi-intervenants', 'Hiver 2027'],
    ],
  },
  {
    titre: 'Rendre le registre des bénéficiaires effectifs plus complet et plus facile à consulter',
    theme: 2,
    ministere: 'Innovation, Sciences et Développement économique Canada',
    participants: 'Agence du revenu du Canada ; Finances Canada',
    defi: 'Les sociétés anonymes peuvent servir à dissimuler l’identité des personnes qui en tirent profit, ce qui facilite l’évasion fiscale et le blanchiment d’argent.',
    action:
      'Nous vérifierons les renseignements inscrits au registre, permettrons la recherche par nom de particulier et travaillerons avec les provinces et territoires à relier leurs registres.',
    jalons: [
      ['Recherche par nom de particulier offerte au public', 'Printemps 2025'],
      ['Mécanisme de vérification des renseignements déclarés', 'Hiver 2026'],
      ['Entente de partage avec au moins trois provinces', 'Automne 2027'],
    ],
  },
  {
    titre: 'Publier les données sur les subventions et contributions dans un délai de trente jours',
    theme: 2,
    ministere: 'Secrétariat du Conseil du Trésor du Canada',
    participants: 'Tous les ministères qui accordent des subventions et contributions',
    defi: 'Les données sur les subventions et contributions sont publiées trimestriellement, parfois plusieurs mois après l’octroi, et leur qualité varie d’un ministère à l’autre.',
    action:
      'Nous réduirons le délai de publication à trente jours, fixerons une norme de qualité commune et publierons un tableau de bord de conformité.',
    jalons: [
      ['Norme de qualité des données adoptée', 'Automne 2025'],
      ['Publication dans un délai de trente jours par tous les ministères', 'Printemps 2027'],
    ],
  },
  {
    titre: 'Élaborer avec les partenaires autochtones des principes de gouvernance des données autochtones',
    theme: 3,
    ministere: 'Relations Couronne-Autochtones et Affaires du Nord Canada',
    participants: 'Statistique Canada ; Services aux Autochtones Canada',
    defi: 'Les données qui concernent les Premières Nations, les Inuit et les Métis sont souvent recueillies et utilisées sans que ces peuples aient leur mot à dire.',
    action:
      'Nous élaborerons conjointement des principes de gouvernance des données autochtones et les appliquerons aux données fédérales publiées sur le portail du gouvernement ouvert.',
    jalons: [
      ['Séances de mobilisation avec les organisations autochtones nationales', 'Automne 2025'],
      ['Publication des principes élaborés conjointement', 'Automne 2026'],
      ['Application des principes à dix jeux de données prioritaires', 'Hiver 2028'],
    ],
  },
  {
    titre: 'Améliorer l’accès du public aux décisions des tribunaux administratifs fédéraux',
    theme: 3,
    ministere: 'Service canadien d’appui aux tribunaux administratifs',
    participants: 'Justice Canada',
    defi: 'Une grande partie des décisions des tribunaux administratifs n’est pas publiée ou l’est dans des formats qui ne permettent pas la recherche.',
    action:
      'Nous publierons toutes les décisions anonymisées dans un format ouvert et consultable et offrirons des résumés en langage clair.',
    jalons: [
      ['Politique de publication des décisions adoptée', 'Hiver 2026'],
      ['Publication des décisions dans un format ouvert', 'Automne 2027'],
      ['Résumés en langage clair des décisions principales', 'Printemps 2028'],
    ],
  },
];

function frCanadaSansNumeros(): Doc {
  const css = `body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.45; color: #333; }
h1 { font-size: 24pt; font-weight: normal; color: #26374a; margin: 0 0 14pt; }
h2 { font-size: 19pt; font-weight: normal; color: #26374a; margin: 0 0 12pt; }
h3 { font-size: 14pt; font-weight: bold; color: #26374a; margin: 18pt 0 6pt; }
h4 { font-size: 10.5pt; font-weight: bold; color: #333; margin: 8pt 0 3pt; }
p { margin: 0 0 6pt; }
.f { margin: 0 0 2pt; }
.cov { padding-top: 200pt; } .cov .a { font-size: 28pt; color: #26374a; line-height: 1.2; } .cov .b { font-size: 14pt; margin-top: 14pt; }
table.j { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 2pt 0 8pt; }
table.j th { text-align: left; border-bottom: 1.5pt solid #26374a; padding: 3pt; }
table.j td { border-bottom: 0.5pt solid #ccc; padding: 3pt; }
${TOC_CSS} .toc { font-size: 10.5pt; }`;
  const commitments: Labelled[] = CA_PLAN.map((e) => ({
    label: null,
    title: e.titre,
    theme: CA_THEMES[e.theme - 1] as string,
    marker: e.titre,
  }));
  const chapters = [
    'Message du président du Conseil du Trésor',
    'Introduction',
    'Comment nous avons élaboré ce plan',
    ...CA_THEMES,
    'Suivi des progrès',
  ];
  const html = (pages: Map<string, number>): string => {
    const one = (e: CaEngagement): string => `<h3>${esc(e.titre)}</h3>
<p class="f"><b>Ministère responsable :</b> ${esc(e.ministere)}</p>
<p class="f"><b>Ministères participants :</b> ${esc(e.participants)}</p>
<p><b>Échéancier :</b> 2025 à 2029</p>
<h4>Défi</h4>
${p(e.defi)}
<h4>Ce que nous ferons</h4>
${p(e.action)}
<table class="j"><tr><th>Jalons</th><th style="width:28%">Date d’achèvement prévue</th></tr>
${e.jalons.map(([j, d]) => `<tr><td>${esc(j)}</td><td>${d}</td></tr>`).join('\n')}</table>`;
    const themes = CA_THEMES.map(
      (t, k) => `<h2 class="brk">${esc(t)}</h2>
${p(['Une démocratie saine repose sur des citoyens informés, sur l’accès aux renseignements publics et sur un espace civique où chacun peut s’exprimer.', 'Les Canadiens ont le droit de savoir comment l’argent public est dépensé et qui se cache derrière les entreprises qui font affaire au Canada.', 'L’ouverture du gouvernement doit contribuer à la réconciliation et à un accès équitable à la justice.'][k] as string)}
${CA_PLAN.filter((e) => e.theme === k + 1)
  .map(one)
  .join('\n')}`,
    ).join('\n');
    const body = `<div class="cov"><div class="a">Plan d’action national du Canada<br>pour un gouvernement ouvert<br>2025-2029</div>
<div class="b">Gouvernement du Canada</div></div>
<h1 class="brk">Table des matières</h1>
${chapters.map((c) => tocLine(c, pages.get(c), CA_THEMES.includes(c) ? 14 : 0)).join('\n')}
<h1 class="brk">Message du président du Conseil du Trésor</h1>
${p('Je suis heureux de présenter le sixième Plan d’action national du Canada pour un gouvernement ouvert. Un gouvernement ouvert est un gouvernement qui rend des comptes : il publie ce qu’il sait, il explique ses décisions et il écoute les personnes qu’il sert.')}
${p('Ce plan a été élaboré avec le Forum multi-intervenants sur le gouvernement ouvert et avec les milliers de Canadiens qui nous ont fait part de leurs idées. Je remercie toutes les personnes qui y ont participé.')}
<h1>Introduction</h1>
${p('Le Canada est membre du Partenariat pour un gouvernement ouvert depuis 2012. Ce plan compte six engagements, regroupés sous trois thèmes. Chaque engagement indique le ministère responsable, le défi auquel il répond, ce que nous ferons et les jalons qui permettront d’en suivre les progrès.')}
${p('Le plan précédent, de 2022 à 2024, comptait dix engagements. Le rapport d’autoévaluation de fin de parcours indique que sept d’entre eux ont été entièrement réalisés ; les autres se poursuivent dans le présent plan ou dans les activités courantes des ministères.')}
<h1>Comment nous avons élaboré ce plan</h1>
${p('D’octobre 2024 à janvier 2025, nous avons mené une consultation en ligne et tenu quatorze ateliers partout au pays, dont six séances avec des partenaires autochtones. Le Forum multi-intervenants a examiné les idées reçues et a travaillé avec les ministères pour en faire des engagements.')}
${themes}
<h1 class="brk">Suivi des progrès</h1>
${p('Les progrès réalisés pour chaque jalon seront publiés sur le portail du gouvernement ouvert et mis à jour deux fois par année. Un rapport d’autoévaluation sera présenté à mi-parcours et à la fin du plan, et le Mécanisme d’évaluation indépendant du PGO en fera l’examen.')}`;
    return htmlPage(
      'fr-CA',
      'Plan d’action national du Canada pour un gouvernement ouvert 2025-2029',
      'Letter',
      '20mm 20mm 20mm 20mm',
      css,
      body,
    );
  };
  return {
    name: 'fr-canada-sans-numeros',
    kind: 'action-plan',
    family: 'unnumbered-size-only',
    language: 'fr',
    format: 'pdf',
    note: 'A Canadian federal plan in French on Letter paper (Liberation Sans): cover, "Table des matières" (chapters and themes only), message, "Ce plan compte six engagements, regroupés sous trois thèmes", the previous plan\'s "dix engagements" in prose; each theme a 19pt heading on a new page with a paragraph; each commitment a 14pt bold heading with no number, then "Ministère responsable :", "Ministères participants :", "Échéancier :" lines, 10.5pt bold sub-headings "Défi" and "Ce que nous ferons", and a "Jalons | Date d\'achèvement prévue" table with seasons ("Été 2025").',
    html,
    commitments,
    header: 'Plan d’action national pour un gouvernement ouvert 2025-2029',
    toc: chapters,
  };
}

// ---------------------------------------------------------------------------------------------------------
// (5) Belgian municipal plan in two columns: each commitment a small letter-spaced "ENGAGEMENT N" over a
// bold title that wraps in its column, "Service pilote", "Partenaires", "Échéance" fields, "Pourquoi ?" and
// "Étapes" with dated steps; a word from the mayor; justified text with soft hyphens.

interface BeEngagement {
  titre: string;
  pilote: string;
  partenaires: string;
  echeance: string;
  pourquoi: string;
  etapes: Array<[string, string]>;
}

const BE_PLAN: BeEngagement[] = [
  {
    titre: 'Publier l’ordre du jour et les décisions du conseil communal en données ouvertes',
    pilote: 'Direction générale – Secrétariat communal',
    partenaires: 'Service informatique ; Open Knowledge Belgium',
    echeance: 'Décembre 2025',
    pourquoi:
      'Les ordres du jour et les procès-verbaux du conseil communal sont affichés à l’hôtel de ville et publiés en PDF avec plusieurs semaines de retard. Les habitants ne peuvent ni les rechercher ni s’abonner aux sujets qui concernent leur quartier.',
    etapes: [
      ['Mars 2025', 'choix d’un format commun avec les autres communes de la province'],
      ['Juin 2025', 'publication des ordres du jour dix jours avant chaque séance'],
      ['Décembre 2025', 'publication des décisions et des votes dans les 48 heures'],
    ],
  },
  {
    titre: 'Un budget partici\u00adpatif de quartier décidé par les habitants',
    pilote: 'Service Participation citoyenne',
    partenaires: 'Comités de quartier ; Maison des jeunes ; CPAS',
    echeance: 'Juin 2026',
    pourquoi:
      'Les habitants souhaitent être associés aux petits aménagements de leur quartier : plaines de jeux, bancs, éclairage, verdurisation. Aucun budget ne leur est aujourd’hui réservé.',
    etapes: [
      ['Avril 2025', 'adoption du règlement du budget participatif par le conseil communal'],
      ['Septembre 2025', 'appel à projets dans les six quartiers'],
      ['Novembre 2025', 'vote des habitants, en ligne et dans les bibliothèques'],
      ['Juin 2026', 'réalisation des projets lauréats et bilan public'],
    ],
  },
  {
    titre: 'Rendre accessibles les marchés publics communaux et leurs attributaires',
    pilote: 'Service Marchés publics',
    partenaires: 'Direction financière ; Union des Villes et Communes de Wallonie',
    echeance: 'Décembre 2026',
    pourquoi:
      'La commune passe chaque année plus de 400 marchés publics, mais seuls les avis de marché sont publiés. Le nom des entreprises retenues et les montants attribués ne sont pas connus du public.',
    etapes: [
      ['Juin 2025', 'liste annuelle des marchés attribués publiée sur le site de la ville'],
      ['Décembre 2025', 'données mises à jour chaque trimestre en format ouvert'],
      ['Décembre 2026', 'extension aux marchés de la régie communale autonome'],
    ],
  },
  {
    titre: 'Associer les habitants à la révision du schéma de dévelop\u00adpement communal',
    pilote: 'Service Urbanisme et Aménagement du territoire',
    partenaires:
      'Commission consultative communale d’aménagement du territoire et de mobilité ; associations environnementales',
    echeance: 'Septembre 2026',
    pourquoi:
      'Le schéma de développement communal fixe pour vingt ans les zones à bâtir, à protéger et à réaménager. Sa révision précédente n’a donné lieu qu’à l’enquête publique légale, à laquelle moins de cinquante personnes ont participé.',
    etapes: [
      ['Mai 2025', 'balades urbaines et ateliers dans chaque quartier'],
      ['Novembre 2025', 'panel citoyen tiré au sort de trente habitants'],
      ['Septembre 2026', 'publication de la réponse du collège à chaque proposition'],
    ],
  },
  {
    titre: 'Un registre public des mandats et des rémunérations des élus locaux',
    pilote: 'Direction générale – Secrétariat communal',
    partenaires: 'Cellule Éthique ; Transparencia',
    echeance: 'Mars 2025',
    pourquoi:
      'Les élus communaux exercent des mandats dans des intercommunales, des ASBL et des sociétés de logement. Ces mandats et les rémunérations qui y sont liées sont déclarés à la Région mais ne sont pas présentés de façon lisible aux habitants.',
    etapes: [
      ['Janvier 2025', 'collecte des mandats et rémunérations de tous les élus'],
      ['Mars 2025', 'mise en ligne du registre, mis à jour chaque année'],
    ],
  },
];

function frBelgiqueColonnes(): Doc {
  const css = `body { font-family: 'DejaVu Sans'; font-size: 8.5pt; line-height: 1.4; color: #222; }
.cols { column-count: 2; column-gap: 8mm; text-align: justify; }
h1 { font-family: 'DejaVu Serif'; font-size: 20pt; color: #c8102e; margin: 0 0 10pt; column-span: all; }
h2 { font-family: 'DejaVu Serif'; font-size: 12pt; color: #c8102e; margin: 10pt 0 5pt; }
.kick { font-size: 7.5pt; letter-spacing: 1.5pt; color: #c8102e; font-weight: bold; margin: 14pt 0 1pt; break-after: avoid; }
h3 { font-family: 'DejaVu Sans'; font-size: 11pt; font-weight: bold; margin: 0 0 5pt; text-align: left; break-after: avoid; }
p { margin: 0 0 5pt; }
.fld { margin: 0 0 1.5pt; text-align: left; }
.sub { font-weight: bold; margin: 4pt 0 2pt; }
ul { margin: 0 0 5pt; padding-left: 12pt; }
.une { text-align: center; padding-top: 180pt; } .une .v { font-family: 'DejaVu Serif'; font-size: 14pt; color: #c8102e; letter-spacing: 3pt; }
.une .t { font-family: 'DejaVu Serif'; font-size: 26pt; font-weight: bold; margin: 18pt 0; line-height: 1.2; } .une .d { font-size: 12pt; }`;
  const commitments: Labelled[] = BE_PLAN.map((e, i) => ({
    label: String(i + 1),
    title: plain(e.titre),
    theme: null,
    marker: `ENGAGEMENT ${i + 1}`,
  }));
  const html = (): string => {
    const one = (e: BeEngagement, i: number): string => `<div class="kick">ENGAGEMENT ${i + 1}</div>
<h3>${esc(hy(e.titre))}</h3>
<p class="fld"><b>Service pilote :</b> ${esc(e.pilote)}</p>
<p class="fld"><b>Partenaires :</b> ${esc(e.partenaires)}</p>
<p class="fld"><b>Échéance :</b> ${esc(e.echeance)}</p>
<p class="sub">Pourquoi ?</p>
${p(hy(e.pourquoi))}
<p class="sub">Étapes</p>
<ul>${e.etapes.map(([d, s]) => `<li><b>${esc(d)}</b> – ${esc(s)}</li>`).join('')}</ul>`;
    const body = `<div class="une"><div class="v">VILLE DE WAVREILLE</div>
<div class="t">Plan d’action local<br>pour un gouvernement ouvert</div><div class="d">2025 – 2026</div></div>
<div class="brk cols">
<h1>Une commune plus ouverte</h1>
<h2>Le mot du bourgmestre</h2>
${p('Depuis que Wavreille a rejoint le programme local du Partenariat pour un gouvernement ouvert, nous avons voulu que chaque habitant puisse comprendre les décisions prises en son nom et y prendre part. Ce premier plan d’action local a été écrit avec vous : près de 600 personnes ont répondu à notre enquête et une centaine ont participé aux soirées de quartier.')}
${p('Le collège communal s’engage à rendre compte de chaque étape. Les engagements ci-dessous ne sont pas des promesses vagues : chacun a un service pilote, des partenaires et une échéance.')}
<p style="text-align:right"><i>Le bourgmestre</i></p>
<h2>Comment ce plan a été construit</h2>
${p('Un groupe de pilotage réunissant quatre agents communaux, deux conseillers communaux de la majorité et de l’opposition et six représentants d’asso\u00adciations a examiné les 142 propositions reçues. Il a retenu cinq engagements, réalisables avant la fin de la mandature, et transmis les autres propositions aux services concernés.')}
${p('Le plan compte donc cinq engagements. Chaque trimestre, le groupe de pilotage publie l’état d’avancement des étapes sur le site de la ville.')}
<h2>Nos engagements</h2>
${BE_PLAN.map(one).join('\n')}
<h2>Et ensuite ?</h2>
${p('Le groupe de pilotage se réunira en juin 2026 pour dresser le bilan du plan avec les habitants. Les propositions qui n’ont pas été retenues cette fois, comme la retransmission vidéo des séances du conseil communal ou l’ouverture des données de mobilité, seront réexaminées pour le prochain plan.')}
</div>`;
    return htmlPage(
      'fr-BE',
      'Plan d’action local pour un gouvernement ouvert 2025-2026 – Ville de Wavreille',
      'A4',
      '18mm 16mm 18mm 16mm',
      css,
      body,
    );
  };
  return {
    name: 'fr-belgique-colonnes',
    kind: 'action-plan',
    family: 'two-column-kicker',
    language: 'fr',
    format: 'pdf',
    note: 'A Belgian municipal plan (DejaVu Sans 8.5pt) in two justified columns after a cover: the mayor\'s word, how the plan was built ("Le plan compte donc cinq engagements"); each commitment a small letter-spaced red "ENGAGEMENT N" line over its bold title (wrapping in the column, two hyphenated at a soft hyphen), "Service pilote :", "Partenaires :", "Échéance :" lines, "Pourquoi ?" and "Étapes" with dated steps as bullets; "Et ensuite ?".',
    html,
    commitments,
    header: 'Ville de Wavreille · Plan d’action local pour un gouvernement ouvert',
  };
}

// ---------------------------------------------------------------------------------------------------------
// (6) West-African mid-term self-assessment: summary table of "Niveau d'achèvement", then each engagement
// ("Engagement 3 : …") with a fiche carrying the level of completion, a table of jalons with their status,
// difficulties and next steps; numbered recommendations and lessons learned.

interface SnRevue {
  titre: string;
  porteuse: string;
  niveau: 'Non commencé' | 'Limité' | 'Substantiel' | 'Achevé';
  resume: string;
  jalons: Array<[string, string]>;
  difficultes: string;
}

const SN_REVUE: SnRevue[] = [
  {
    titre: 'Publier les rapports d’audit de la Cour des comptes et des corps de contrôle',
    porteuse: 'Cour des comptes',
    niveau: 'Substantiel',
    resume:
      'Les rapports publics annuels 2022 et 2023 de la Cour des comptes sont en ligne. Les rapports de l’Inspection générale d’État restent soumis à l’autorisation du Président de la République.',
    jalons: [
      ['Mise en ligne des rapports publics de la Cour des comptes', 'Réalisé'],
      ['Publication des rapports de l’Inspection générale d’État', 'En cours'],
      ['Tableau de suivi des recommandations', 'Réalisé'],
    ],
    difficultes:
      'Absence de base juridique pour la publication des rapports de l’Inspection générale d’État.',
  },
  {
    titre: 'Adopter la loi sur l’accès à l’information et mettre en place l’autorité de régulation',
    porteuse: 'Ministère de la Communication, des Télécommunications et du Numérique',
    niveau: 'Limité',
    resume:
      'L’avant-projet de loi a été validé en atelier avec la société civile, mais il n’a pas encore été adopté en Conseil des ministres.',
    jalons: [
      ['Validation de l’avant-projet de loi', 'Réalisé'],
      ['Adoption du projet de loi en Conseil des ministres', 'Non réalisé'],
      ['Installation de l’autorité de régulation', 'Non réalisé'],
    ],
    difficultes:
      'Calendrier législatif chargé ; arbitrages interministériels sur le rattachement de l’autorité.',
  },
  {
    titre: 'Renforcer la transparence dans la gestion des ressources pétrolières et gazières',
    porteuse: 'Comité national ITIE',
    niveau: 'Achevé',
    resume:
      'Tous les contrats pétroliers et gaziers sont publiés, ainsi que le registre des bénéficiaires effectifs. Le rapport ITIE 2023 a été publié dans les délais.',
    jalons: [
      ['Publication de l’ensemble des contrats', 'Réalisé'],
      ['Mise en ligne du registre des bénéficiaires effectifs', 'Réalisé'],
      ['Publication du rapport ITIE 2023', 'Réalisé'],
    ],
    difficultes: 'Aucune difficulté majeure signalée.',
  },
  {
    titre: 'Instituer le budget participatif dans les communes des pôles territoriaux',
    porteuse:
      'Ministère des Collectivités territoriales, de l’Aménagement et du Développement des territoires',
    niveau: 'Limité',
    resume:
      'Le guide du budget participatif a été actualisé ; douze communes sur les quarante visées ont tenu des séances de budget participatif.',
    jalons: [
      ['Actualisation du guide national du budget participatif', 'Réalisé'],
      ['Formation des élus et agents de quarante communes', 'En cours'],
      ['Tenue de séances de budget participatif', 'En cours'],
    ],
    difficultes:
      'Retard dans la mobilisation des fonds de formation ; renouvellement des conseils municipaux.',
  },
  {
    titre: 'Mettre en place une plateforme de signalement des dysfonctionnements des services publics',
    porteuse: 'Bureau Organisation et Méthodes',
    niveau: 'Non commencé',
    resume:
      'Les termes de référence de la plateforme ont été rédigés, mais le financement n’a pas été mobilisé et aucune activité n’a débuté.',
    jalons: [
      ['Élaboration du cahier des charges de la plateforme', 'Non réalisé'],
      ['Lancement de la plateforme', 'Non réalisé'],
    ],
    difficultes: 'Absence de ligne budgétaire dédiée dans la loi de finances 2024.',
  },
];

function frAutoevaluationMiParcours(): Doc {
  const css = `body { font-family: 'Liberation Sans Narrow', 'Liberation Sans'; font-size: 11pt; line-height: 1.35; color: #111; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #00853f; margin: 0 0 10pt; text-transform: uppercase; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; color: #00853f; margin: 16pt 0 6pt; }
p { margin: 0 0 6pt; text-align: justify; }
.pg { text-align: center; padding-top: 100pt; } .pg .r { font-size: 13pt; font-weight: bold; } .pg .d { font-style: italic; font-size: 10pt; }
.pg .t { font-family: 'Liberation Sans'; font-size: 24pt; font-weight: bold; color: #00853f; margin: 90pt 0 12pt; line-height: 1.2; }
.pg .s { font-size: 14pt; } .pg .m { margin-top: 180pt; font-size: 10.5pt; }
table.x { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 4pt 0 8pt; }
table.x td, table.x th { border: 0.6pt solid #444; padding: 2.5pt 4pt; vertical-align: top; }
table.x th { background: #00853f; color: #fff; text-align: left; }
table.x td.k { width: 30%; background: #e5f3eb; font-weight: bold; }`;
  const commitments: Labelled[] = SN_REVUE.map((e, i) => ({
    label: String(i + 1),
    title: e.titre,
    theme: null,
    reportedStatus: e.niveau,
    marker: `Engagement ${i + 1} : ${e.titre}`,
  }));
  const html = (): string => {
    const one = (e: SnRevue, i: number): string => `<h2>Engagement ${i + 1} : ${esc(e.titre)}</h2>
<table class="x">
<tr><td class="k">Structure porteuse</td><td>${esc(e.porteuse)}</td></tr>
<tr><td class="k">Niveau d’achèvement</td><td>${e.niveau}</td></tr>
<tr><td class="k">Résumé de la mise en œuvre</td><td>${esc(e.resume)}</td></tr>
</table>
<table class="x"><tr><th>Jalons</th><th style="width:22%">État</th></tr>
${e.jalons.map(([j, s]) => `<tr><td>${esc(j)}</td><td>${s}</td></tr>`).join('\n')}</table>
<p><b>Difficultés rencontrées :</b> ${esc(e.difficultes)}</p>`;
    const body = `<div class="pg"><div class="r">RÉPUBLIQUE DU SÉNÉGAL</div><div class="d">Un Peuple – Un But – Une Foi</div>
<div class="t">Rapport d’autoévaluation<br>à mi-parcours</div>
<div class="s">Deuxième Plan d’Action National du Partenariat<br>pour un Gouvernement Ouvert 2023-2025</div>
<div class="m">Comité national de pilotage du PGO · Dakar, octobre 2024</div></div>
<h1 class="brk">Introduction</h1>
${p('Le présent rapport rend compte de l’état de mise en œuvre, à mi-parcours, des cinq engagements du deuxième Plan d’Action National du Sénégal. Il a été élaboré par le Secrétariat permanent du Comité national de pilotage à partir des informations fournies par les structures porteuses, puis validé en atelier avec les organisations de la société civile membres du Comité.')}
${p('Conformément aux orientations du PGO, le projet de rapport a été mis en consultation publique pendant deux semaines sur le site du gouvernement ouvert. Les observations reçues ont été prises en compte dans la présente version.')}
<h1>Synthèse de la mise en œuvre</h1>
${p('Le tableau ci-dessous présente le niveau d’achèvement de chaque engagement au 30 septembre 2024.')}
<table class="x"><tr><th style="width:6%">N°</th><th>Engagement</th><th style="width:26%">Structure porteuse</th><th style="width:16%">Niveau d’achèvement</th></tr>
${SN_REVUE.map((e, i) => `<tr><td>${i + 1}</td><td>${esc(e.titre)}</td><td>${esc(e.porteuse)}</td><td>${e.niveau}</td></tr>`).join('\n')}</table>
${p('Un engagement est achevé, un autre a connu un niveau d’achèvement substantiel, deux un niveau limité, et un engagement n’a pas commencé.')}
<h1 class="brk">État de mise en œuvre des engagements</h1>
${SN_REVUE.map(one).join('\n')}
<h1 class="brk">Recommandations</h1>
<ol><li>Inscrire dans la loi de finances une ligne budgétaire pour chaque engagement du plan d’action.</li>
<li>Accélérer l’adoption de la loi sur l’accès à l’information avant la fin du plan.</li>
<li>Désigner dans chaque structure porteuse un point focal chargé du suivi des jalons.</li>
<li>Publier chaque trimestre l’état d’avancement des jalons sur le site du gouvernement ouvert.</li></ol>
<h1>Leçons apprises</h1>
${p('Les engagements qui dépendaient de l’adoption d’un texte législatif ont progressé plus lentement que ceux relevant d’une seule administration. L’implication des organisations de la société civile dans le suivi a permis de mieux documenter les progrès, notamment dans le secteur extractif.')}`;
    return htmlPage(
      'fr',
      'Rapport d’autoévaluation à mi-parcours – PAN PGO Sénégal 2023-2025',
      'A4',
      '22mm 20mm 22mm 20mm',
      css,
      body,
    );
  };
  return {
    name: 'fr-autoevaluation-mi-parcours',
    kind: 'self-assessment',
    family: 'mid-term-self-assessment',
    language: 'fr',
    format: 'pdf',
    note: 'A West-African mid-term self-assessment (Liberation Sans Narrow): cover with the republic\'s motto, introduction ("des cinq engagements"), a summary table N° | Engagement | Structure porteuse | Niveau d\'achèvement; each engagement an h2 "Engagement N : Title" with a table (structure porteuse, "Niveau d\'achèvement": Achevé / Substantiel / Limité / Non commencé, résumé), a jalons table with their state (Réalisé, En cours, Non réalisé) and "Difficultés rencontrées"; numbered recommendations and lessons learned.',
    html,
    commitments,
    header: 'Rapport d’autoévaluation à mi-parcours – PAN 2023-2025',
  };
}

export const DOCS_P: Doc[] = [
  frAfriqueJalons(),
  frMaghrebThemes(),
  frGouvHtml(),
  frCanadaSansNumeros(),
  frBelgiqueColonnes(),
  frAutoevaluationMiParcours(),
];
