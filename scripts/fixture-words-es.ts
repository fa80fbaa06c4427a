/** The Spanish words of the generated layout fixtures (see `fixture-words.ts`). */
import type { Words } from './fixture-words.ts';

export const ES: Words = {
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
};
