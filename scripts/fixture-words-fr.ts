/** The French words of the generated layout fixtures (see `fixture-words.ts`). */
import type { Words } from './fixture-words.ts';

export const FR: Words = {
  planTitle: 'Troisième Plan d’action national pour un gouvernement ouvert 2024-2026',
  country: 'République d’Eldorie',
  contents: 'Sommaire',
  introduction: 'Avant-propos',
  introText: [
    'Le gouvernement ouvert est une manière d’agir dans laquelle les citoyens peuvent connaître, comprendre et influencer les décisions qui les concernent. Depuis son adhésion au Partenariat pour un gouvernement ouvert, le pays a publié deux plans.',
    'Ce troisième plan a été élaboré avec la société civile au cours de huit mois d’ateliers dans toutes les régions, et les projets ont été soumis à consultation publique.',
  ],
  statedCount: (n, t) => `Le présent plan comporte ${n} engagements répartis en ${t} axes.`,
  commitmentsPart: 'Engagements',
  consultation: 'Démarche de co-construction',
  consultationText:
    'Un forum multi-acteurs de douze membres, dont la moitié issus de la société civile, a choisi les axes et relu chaque version. Plus de 900 contributions ont été reçues et traitées.',
  achievements: 'Réalisations des plans précédents',
  achievementsList: [
    'Publication trimestrielle du budget de l’État en données ouvertes depuis 2019.',
    'Création d’un portail unique des consultations publiques.',
    'Adoption de la loi sur l’accès aux documents administratifs.',
  ],
  lessons: 'Enseignements tirés',
  lessonsList: [
    'Chaque engagement a besoin d’un porteur disposant de son propre budget.',
    'Les jalons doivent être mesurables et datés.',
    'La société civile doit aussi participer au suivi.',
  ],
  recommendations: 'Recommandations du Mécanisme d’évaluation indépendant',
  recommendationsList: [
    'Réduire le nombre d’engagements et relever leur ambition.',
    'Associer les collectivités territoriales au prochain plan.',
    'Publier un bilan d’étape tous les six mois.',
  ],
  annex: 'Annexe : membres du forum multi-acteurs',
  annexList: [
    'Services du Premier ministre, présidence.',
    'Transparence Maintenant, coprésidence pour la société civile.',
    'Association nationale des maires.',
    'Université d’Eldorie, faculté de droit.',
  ],
  themes: [
    'Transparence et accès à l’information',
    'Participation citoyenne',
    'Intégrité et lutte contre la corruption',
    'Services publics numériques',
  ],
  titles: [
    'Données ouvertes sur la commande publique, de la programmation au paiement',
    'Répertoire public des représentants d’intérêts et de leurs rencontres avec les décideurs',
    'Participation des citoyens à la préparation du budget annuel de l’État et des collectivités territoriales',
    'Protection des lanceurs d’alerte dans les secteurs public et privé',
    'Publication des bénéficiaires effectifs des entreprises titulaires de marchés publics',
    'Explication en langage clair des lois en vigueur',
    'Accès ouvert et consultable aux décisions de justice',
    'Stratégie nationale des données ouvertes en santé et en éducation',
    'Suivi participatif des travaux publics par les habitants',
    'Publication en ligne des déclarations de patrimoine des hauts responsables',
    'Services numériques accessibles aux personnes handicapées et aux personnes âgées vivant en zone rurale',
    'Conseils de jeunes dans toutes les communes',
  ],
  agencies: [
    'Ministère de l’Économie et des Finances',
    'Services du Premier ministre',
    'Agence française anticorruption',
    'Direction interministérielle du numérique',
  ],
  lead: 'Porteur',
  supporting: 'Partenaires associés',
  duration: 'Calendrier',
  start: 'Date de début',
  end: 'Date de fin',
  problem: 'Quel est le problème public ?',
  objective: 'Description de l’engagement',
  values: 'Valeurs du PGO',
  milestones: 'Jalons',
  commitmentTitle: 'Intitulé de l’engagement',
  commitmentId: 'Numéro de l’engagement',
  keyword: 'Engagement',
  problemText:
    'Les informations sur ce sujet sont dispersées entre administrations, publiées tardivement et dans des formats non réutilisables, si bien que les citoyens ne peuvent pas suivre les décisions.',
  objectiveText:
    'L’engagement publiera les informations en un seul endroit, dans des formats ouverts, et instaurera un dialogue régulier avec les associations pour les améliorer.',
  bodyText:
    'Le gouvernement travaillera avec les associations et des experts indépendants pour concevoir les règles, les tester auprès d’usagers dans deux régions et les étendre à tout le pays d’ici la fin du plan.',
  valuesText: 'Transparence, participation citoyenne, redevabilité',
  milestoneTexts: [
    'Publier une première version du jeu de données',
    'Former les agents des administrations participantes',
    'Organiser une revue publique avec la société civile',
    'Adopter les règles définitives et publier une évaluation',
  ],
  dates: ['janvier 2024', 'juin 2024', 'mars 2025', 'juin 2026'],
  tableHeader: ['N°', 'Engagement', 'Porteur', 'Calendrier'],
  newsTitle: 'Le gouvernement présente son troisième plan pour un gouvernement ouvert',
  newsText: [
    'Le ministre délégué a présenté mardi le troisième Plan d’action national pour un gouvernement ouvert, qui doit selon le gouvernement rendre plus transparents la commande publique et le lobbying.',
    'Le plan comprend notamment un répertoire public des représentants d’intérêts et des données ouvertes sur les marchés. Les associations ont salué le plan, tout en regrettant que plusieurs engagements n’aient pas de budget.',
    '« Nous serons jugés sur les résultats », a déclaré le ministre à la presse. Le plan court jusqu’en juin 2026.',
  ],
  selfAssessmentTitle:
    'Rapport d’autoévaluation à mi-parcours du troisième Plan d’action national pour un gouvernement ouvert',
  selfAssessmentIntro:
    'Cette autoévaluation rend compte de l’avancement de chaque engagement du plan à mi-parcours, comme le demande le Partenariat pour un gouvernement ouvert.',
  statusLabel: 'État d’avancement',
  statuses: ['substantiel', 'limité', 'achevé', 'non commencé'],
  progressText:
    'Le porteur indique que les premiers jalons ont été tenus dans les délais ; les autres sont en cours.',
  pageWord: 'Page',
};
