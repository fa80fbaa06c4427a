/** The European Portuguese words of the generated layout fixtures (see `fixture-words.ts`). */
import type { Words } from './fixture-words.ts';

export const PT: Words = {
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
};
