/**
 * The words of the generated layout fixtures (`scripts/commitment-fixtures.ts`), in English, Spanish,
 * European Portuguese and French. Written by hand as a plan author would, not to match the finder:
 * each language words its template a little differently, as real plans do.
 */
export type Lang = 'en' | 'es' | 'pt' | 'fr';

export interface Words {
  planTitle: string;
  country: string;
  contents: string;
  introduction: string;
  introText: string[];
  /** "This plan contains N commitments grouped in T themes." */
  statedCount: (n: number, t: number) => string;
  commitmentsPart: string;
  consultation: string;
  consultationText: string;
  achievements: string;
  achievementsList: string[];
  lessons: string;
  lessonsList: string[];
  recommendations: string;
  recommendationsList: string[];
  annex: string;
  annexList: string[];
  themes: string[];
  /** Twelve commitment titles; some long enough to wrap. */
  titles: string[];
  agencies: string[];
  /** Template labels. */
  lead: string;
  supporting: string;
  duration: string;
  start: string;
  end: string;
  problem: string;
  objective: string;
  values: string;
  milestones: string;
  commitmentTitle: string;
  commitmentId: string;
  /** The word the plan uses for "commitment" in keyword headings. */
  keyword: string;
  problemText: string;
  objectiveText: string;
  bodyText: string;
  valuesText: string;
  milestoneTexts: string[];
  dates: [string, string, string, string];
  /** Table header: number, commitment, lead, period. */
  tableHeader: [string, string, string, string];
  /** A news item about the plan. */
  newsTitle: string;
  newsText: string[];
  /** Self-assessment words. */
  selfAssessmentTitle: string;
  selfAssessmentIntro: string;
  statusLabel: string;
  statuses: [string, string, string, string];
  progressText: string;
  pageWord: string;
}

export const WORDS: Record<Lang, Words> = {
  en: {
    planTitle: 'Third Open Government National Action Plan 2024–2026',
    country: 'Republic of Eldoria',
    contents: 'Contents',
    introduction: 'Introduction',
    introText: [
      'Open government is a way of working in which the public can see, understand and shape the decisions that affect them. Since joining the Open Government Partnership the government has published two plans and learned from the independent reviews of both.',
      'This third plan was drafted with civil society over eight months of meetings held in every region, online and in person, and the drafts were published for comment.',
    ],
    statedCount: (n, t) => `This plan contains ${n} commitments grouped in ${t} themes.`,
    commitmentsPart: 'Commitments',
    consultation: 'How this plan was made',
    consultationText:
      'A multi-stakeholder forum of twelve members, half of them from civil society, chose the themes and reviewed each draft. Over 900 comments were received and answered.',
    achievements: 'What earlier plans achieved',
    achievementsList: [
      'Published the national budget as open data every quarter since 2019.',
      'Created a single portal for public consultations.',
      'Adopted a law on access to information with an independent commissioner.',
    ],
    lessons: 'Lessons learned',
    lessonsList: [
      'Commitments need a named lead agency with its own budget.',
      'Milestones must be measurable and dated.',
      'Civil society should take part in monitoring, not only in drafting.',
    ],
    recommendations: 'Recommendations of the independent review',
    recommendationsList: [
      'Reduce the number of commitments and raise their ambition.',
      'Involve local governments in the next plan.',
      'Publish progress reports every six months.',
    ],
    annex: 'Annex: members of the multi-stakeholder forum',
    annexList: [
      'Ministry of the Presidency, chair.',
      'Transparency Now, civil society co-chair.',
      'National Association of Municipalities.',
      'University of Eldoria, Faculty of Law.',
    ],
    themes: [
      'Transparency and Access to Information',
      'Civic Participation',
      'Integrity and Anti-Corruption',
      'Digital Public Services',
    ],
    titles: [
      'Open data on public procurement from planning to payment',
      'A public register of lobbyists and their meetings with officials',
      'Citizen participation in the preparation of the annual budget of the central government and of the regions',
      'Protection for whistleblowers in the public and private sectors',
      'Publish the beneficial owners of companies that contract with the state',
      'Plain-language explanations of laws in force',
      'Open and searchable records of court decisions',
      'A national strategy for open data in health and education services',
      'Participatory monitoring of public works by local communities',
      'Asset declarations of senior officials published online',
      'Accessible digital services for people with disabilities and older people living in rural areas',
      'Youth councils in every municipality',
    ],
    agencies: [
      'Ministry of Finance',
      'Office of the President',
      'Anti-Corruption Commission',
      'Agency for Digital Government',
    ],
    lead: 'Lead implementing agency',
    supporting: 'Supporting stakeholders',
    duration: 'Duration',
    start: 'Start date',
    end: 'End date',
    problem: 'What is the public problem?',
    objective: 'Commitment description',
    values: 'OGP values',
    milestones: 'Milestones',
    commitmentTitle: 'Commitment title',
    commitmentId: 'Commitment ID',
    keyword: 'Commitment',
    problemText:
      'Information on this subject is scattered across institutions, published late and in formats that cannot be reused, so citizens and journalists cannot follow how decisions are made.',
    objectiveText:
      'The commitment will publish the information in one place, in open formats, and set up a regular dialogue with civil society organisations to improve it.',
    bodyText:
      'The government will work with civil society organisations and independent experts to design the rules, test them with users in two regions and extend them to the whole country by the end of the plan.',
    valuesText: 'Transparency, civic participation, public accountability',
    milestoneTexts: [
      'Publish a first version of the data set',
      'Train officials in the participating institutions',
      'Hold a public review with civil society',
      'Adopt the final rules and publish an evaluation',
    ],
    dates: ['January 2024', 'June 2024', 'March 2025', 'June 2026'],
    tableHeader: ['No.', 'Commitment', 'Lead agency', 'Period'],
    newsTitle: 'Government presents its third open government plan',
    newsText: [
      'The Minister of the Presidency presented on Tuesday the third Open Government National Action Plan, which the government says will make procurement and lobbying more transparent.',
      'The plan includes a public register of lobbyists and open data on procurement, among other measures. Civil society groups welcomed the plan but said that several commitments lack a budget.',
      '"We will be judged on delivery," the minister told reporters. The plan runs until June 2026.',
    ],
    selfAssessmentTitle: 'Mid-term self-assessment report of the Third Open Government National Action Plan',
    selfAssessmentIntro:
      'This self-assessment reports on the progress of each commitment of the plan at its mid-term, as required by the Open Government Partnership.',
    statusLabel: 'Completion',
    statuses: ['Substantial', 'Limited', 'Complete', 'Not started'],
    progressText:
      'The lead agency reports that the first milestones were met on time; the remaining milestones are under way.',
    pageWord: 'Page',
  },
  es: {
    planTitle: 'Tercer Plan de Acción Nacional de Gobierno Abierto 2024-2026',
    country: 'República de Eldoria',
    contents: 'Índice',
    introduction: 'Presentación',
    introText: [
      'El gobierno abierto es una forma de gestión en la que la ciudadanía puede conocer, comprender e incidir en las decisiones que la afectan. Desde su ingreso en la Alianza para el Gobierno Abierto, el país ha publicado dos planes.',
      'Este tercer plan se elaboró junto con la sociedad civil durante ocho meses de mesas de trabajo en todas las regiones, y los borradores se publicaron para recibir comentarios.',
    ],
    statedCount: (n, t) => `El presente plan contiene ${n} compromisos agrupados en ${t} ejes temáticos.`,
    commitmentsPart: 'Compromisos',
    consultation: 'Proceso de cocreación',
    consultationText:
      'Un foro multiactor de doce integrantes, la mitad de la sociedad civil, eligió los ejes y revisó cada borrador. Se recibieron y respondieron más de 900 comentarios.',
    achievements: 'Logros de los planes anteriores',
    achievementsList: [
      'Publicación trimestral del presupuesto nacional en datos abiertos desde 2019.',
      'Creación de un portal único de consultas públicas.',
      'Aprobación de la ley de acceso a la información pública.',
    ],
    lessons: 'Lecciones aprendidas',
    lessonsList: [
      'Cada compromiso necesita una institución responsable con presupuesto propio.',
      'Los hitos deben ser medibles y tener fecha.',
      'La sociedad civil debe participar también en el seguimiento.',
    ],
    recommendations: 'Recomendaciones del Mecanismo de Revisión Independiente',
    recommendationsList: [
      'Reducir el número de compromisos y aumentar su ambición.',
      'Incorporar a los gobiernos locales en el próximo plan.',
      'Publicar informes de avance cada seis meses.',
    ],
    annex: 'Anexo: integrantes del foro multiactor',
    annexList: [
      'Ministerio de la Presidencia, presidencia.',
      'Transparencia Ya, copresidencia de la sociedad civil.',
      'Asociación Nacional de Municipios.',
      'Universidad de Eldoria, Facultad de Derecho.',
    ],
    themes: [
      'Transparencia y acceso a la información',
      'Participación ciudadana',
      'Integridad y lucha contra la corrupción',
      'Servicios públicos digitales',
    ],
    titles: [
      'Datos abiertos de compras públicas desde la planificación hasta el pago',
      'Registro público de cabilderos y de sus reuniones con autoridades',
      'Participación ciudadana en la elaboración del presupuesto anual del gobierno central y de los gobiernos regionales',
      'Protección de denunciantes en los sectores público y privado',
      'Publicación de los beneficiarios finales de las empresas que contratan con el Estado',
      'Explicación en lenguaje claro de las leyes vigentes',
      'Registros abiertos y consultables de las sentencias judiciales',
      'Estrategia nacional de datos abiertos en salud y educación',
      'Monitoreo participativo de obras públicas por las comunidades locales',
      'Publicación en línea de las declaraciones patrimoniales de altas autoridades',
      'Servicios digitales accesibles para personas con discapacidad y personas mayores que viven en zonas rurales',
      'Consejos de juventud en todos los municipios',
    ],
    agencies: [
      'Ministerio de Hacienda',
      'Secretaría General de la Presidencia',
      'Comisión Anticorrupción',
      'Agencia de Gobierno Digital',
    ],
    lead: 'Institución responsable',
    supporting: 'Otros actores involucrados',
    duration: 'Plazo',
    start: 'Fecha de inicio',
    end: 'Fecha de término',
    problem: '¿Cuál es el problema que el compromiso aborda?',
    objective: 'Descripción del compromiso',
    values: 'Valores de la AGA',
    milestones: 'Hitos',
    commitmentTitle: 'Nombre del compromiso',
    commitmentId: 'Número del compromiso',
    keyword: 'Compromiso',
    problemText:
      'La información sobre este tema está dispersa entre instituciones, se publica con retraso y en formatos que no permiten reutilizarla, por lo que la ciudadanía no puede seguir las decisiones.',
    objectiveText:
      'El compromiso publicará la información en un solo lugar, en formatos abiertos, y establecerá un diálogo periódico con las organizaciones de la sociedad civil para mejorarla.',
    bodyText:
      'El gobierno trabajará con organizaciones de la sociedad civil y personas expertas para diseñar las reglas, probarlas con usuarios en dos regiones y extenderlas a todo el país al término del plan.',
    valuesText: 'Transparencia, participación ciudadana, rendición de cuentas',
    milestoneTexts: [
      'Publicar una primera versión del conjunto de datos',
      'Capacitar a funcionarios de las instituciones participantes',
      'Realizar una revisión pública con la sociedad civil',
      'Aprobar las reglas definitivas y publicar una evaluación',
    ],
    dates: ['enero de 2024', 'junio de 2024', 'marzo de 2025', 'junio de 2026'],
    tableHeader: ['N.º', 'Compromiso', 'Institución responsable', 'Plazo'],
    newsTitle: 'El Gobierno presenta su tercer plan de gobierno abierto',
    newsText: [
      'El ministro de la Presidencia presentó el martes el Tercer Plan de Acción Nacional de Gobierno Abierto, que según el Gobierno hará más transparentes las compras públicas y el cabildeo.',
      'El plan incluye un registro público de cabilderos y datos abiertos de compras, entre otras medidas. Las organizaciones de la sociedad civil celebraron el plan, pero señalaron que varios compromisos carecen de presupuesto.',
      '«Se nos juzgará por los resultados», dijo el ministro a la prensa. El plan estará vigente hasta junio de 2026.',
    ],
    selfAssessmentTitle:
      'Informe de autoevaluación de medio término del Tercer Plan de Acción Nacional de Gobierno Abierto',
    selfAssessmentIntro:
      'Esta autoevaluación informa sobre el avance de cada compromiso del plan a medio término, según lo exige la Alianza para el Gobierno Abierto.',
    statusLabel: 'Avance',
    statuses: ['sustancial', 'limitado', 'completo', 'no iniciado'],
    progressText:
      'La institución responsable informa que los primeros hitos se cumplieron a tiempo; los demás están en ejecución.',
    pageWord: 'Página',
  },
  pt: {
    planTitle: 'III Plano de Ação Nacional para a Administração Aberta 2024-2026',
    country: 'República da Eldória',
    contents: 'Índice',
    introduction: 'Nota introdutória',
    introText: [
      'A administração aberta é uma forma de governar em que os cidadãos podem conhecer, compreender e influenciar as decisões que os afetam. Desde a adesão à Parceria para o Governo Aberto, o país publicou dois planos.',
      'Este terceiro plano foi elaborado com a sociedade civil ao longo de oito meses de sessões em todas as regiões, e as versões preliminares foram submetidas a consulta pública.',
    ],
    statedCount: (n, t) => `O presente plano integra ${n} compromissos, organizados em ${t} eixos.`,
    commitmentsPart: 'Compromissos',
    consultation: 'Processo de cocriação',
    consultationText:
      'Um fórum multissetorial de doze membros, metade da sociedade civil, escolheu os eixos e reviu cada versão. Foram recebidos e respondidos mais de 900 contributos.',
    achievements: 'Resultados dos planos anteriores',
    achievementsList: [
      'Publicação trimestral do orçamento do Estado em dados abertos desde 2019.',
      'Criação de um portal único de consultas públicas.',
      'Aprovação da lei de acesso aos documentos administrativos.',
    ],
    lessons: 'Lições aprendidas',
    lessonsList: [
      'Cada compromisso precisa de uma entidade responsável com orçamento próprio.',
      'Os marcos devem ser mensuráveis e ter data.',
      'A sociedade civil deve participar também no acompanhamento.',
    ],
    recommendations: 'Recomendações do Mecanismo Independente de Avaliação',
    recommendationsList: [
      'Reduzir o número de compromissos e aumentar a sua ambição.',
      'Envolver as autarquias locais no próximo plano.',
      'Publicar relatórios de progresso semestrais.',
    ],
    annex: 'Anexo: membros do fórum multissetorial',
    annexList: [
      'Presidência do Conselho de Ministros, coordenação.',
      'Transparência Já, cocoordenação pela sociedade civil.',
      'Associação Nacional de Municípios.',
      'Universidade da Eldória, Faculdade de Direito.',
    ],
    themes: [
      'Transparência e acesso à informação',
      'Participação cívica',
      'Integridade e prevenção da corrupção',
      'Serviços públicos digitais',
    ],
    titles: [
      'Dados abertos sobre contratação pública desde o planeamento até ao pagamento',
      'Registo público de representantes de interesses e das suas reuniões com titulares de cargos públicos',
      'Participação dos cidadãos na preparação do orçamento anual da administração central e das regiões autónomas',
      'Proteção de denunciantes nos setores público e privado',
      'Publicação dos beneficiários efetivos das empresas que contratam com o Estado',
      'Explicação em linguagem clara da legislação em vigor',
      'Registos abertos e pesquisáveis das decisões dos tribunais',
      'Estratégia nacional de dados abertos na saúde e na educação',
      'Acompanhamento participativo de obras públicas pelas comunidades locais',
      'Publicação em linha das declarações de património dos altos cargos',
      'Serviços digitais acessíveis para pessoas com deficiência e pessoas idosas que vivem em zonas rurais',
      'Conselhos municipais de juventude em todos os concelhos',
    ],
    agencies: [
      'Ministério das Finanças',
      'Presidência do Conselho de Ministros',
      'Mecanismo Nacional Anticorrupção',
      'Agência para a Modernização Administrativa',
    ],
    lead: 'Entidade responsável',
    supporting: 'Outras entidades envolvidas',
    duration: 'Calendarização',
    start: 'Data de início',
    end: 'Data de conclusão',
    problem: 'Qual o problema que o compromisso procura resolver?',
    objective: 'Descrição do compromisso',
    values: 'Valores da OGP',
    milestones: 'Marcos',
    commitmentTitle: 'Designação do compromisso',
    commitmentId: 'Identificador',
    keyword: 'Compromisso',
    problemText:
      'A informação sobre este tema está dispersa por vários organismos, é publicada tardiamente e em formatos que não permitem a sua reutilização, pelo que os cidadãos não conseguem acompanhar as decisões.',
    objectiveText:
      'O compromisso publicará a informação num único local, em formatos abertos, e criará um diálogo regular com as organizações da sociedade civil para a melhorar.',
    bodyText:
      'O Governo trabalhará com organizações da sociedade civil e especialistas independentes para conceber as regras, testá-las com utilizadores em duas regiões e alargá-las a todo o país até ao final do plano.',
    valuesText: 'Transparência, participação cívica, prestação de contas',
    milestoneTexts: [
      'Publicar uma primeira versão do conjunto de dados',
      'Formar trabalhadores das entidades participantes',
      'Realizar uma revisão pública com a sociedade civil',
      'Aprovar as regras finais e publicar uma avaliação',
    ],
    dates: ['janeiro de 2024', 'junho de 2024', 'março de 2025', 'junho de 2026'],
    tableHeader: ['N.º', 'Compromisso', 'Entidade responsável', 'Calendarização'],
    newsTitle: 'Governo apresenta o terceiro plano para a administração aberta',
    newsText: [
      'A ministra da Presidência apresentou na terça-feira o III Plano de Ação Nacional para a Administração Aberta, que segundo o Governo tornará mais transparentes a contratação pública e a representação de interesses.',
      'O plano inclui um registo público de representantes de interesses e dados abertos sobre contratação, entre outras medidas. As organizações da sociedade civil saudaram o plano, mas notaram que vários compromissos não têm orçamento.',
      '«Seremos avaliados pela execução», disse a ministra aos jornalistas. O plano vigora até junho de 2026.',
    ],
    selfAssessmentTitle:
      'Relatório de autoavaliação intercalar do III Plano de Ação Nacional para a Administração Aberta',
    selfAssessmentIntro:
      'Esta autoavaliação dá conta do progresso de cada compromisso do plano a meio do período de execução, como exige a Parceria para o Governo Aberto.',
    statusLabel: 'Nível de cumprimento',
    statuses: ['Substancial', 'Limitado', 'Concluído', 'Não iniciado'],
    progressText:
      'A entidade responsável informa que os primeiros marcos foram cumpridos no prazo; os restantes estão em curso.',
    pageWord: 'Página',
  },
  fr: {
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
  },
};
