/**
 * The fifteenth batch of the second blind set: documents laid out the way Latin American and Iberian
 * governments publish their OGP plans. An Argentine-style national plan of "Eje" chapters whose commitments
 * are fichas (a band "COMPROMISO N", the title in the table, institución responsable, hitos with dates); a
 * Chilean-style "Estado Abierto" plan of "Compromiso N° N:" headings with wrapping titles, numbered hitos and
 * commitments of the other branches of the state; a Paraguayan-style plan whose commitments are the rows of a
 * landscape matrix spanning pages; a Brazilian-style plan of "COMPROMISSO N" above the title, with "Órgão
 * responsável" and a table of "Marcos"; a Spanish regional plan published as a web page, with a Valencian
 * summary; and an IRM "Informe de resultados" in Spanish that reports each commitment's "Nivel de
 * cumplimiento". Written and labelled before the finder read any of them.
 */
import type { Doc, Labelled } from './blind2-docs.ts';

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

function htmlPage(lang: string, title: string, css: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>${css}</style></head><body>${body}</body></html>`;
}

/** A contents line: entry, dot leaders, page number; `lead` chooses the leader's character. */
function tocEntry(text: string, pageNo: number | undefined, level: number, lead = '.'): string {
  return `<div class="toc" style="padding-left:${level * 12}pt"><span class="te">${esc(text)}</span><span class="tl">${lead.repeat(200)}</span><span class="tp">${pageNo ?? 0}</span></div>`;
}

const TOC_STYLE = `.toc { display:flex; align-items:flex-end; margin:2pt 0; }
.toc .te { flex:0 1 auto; } .toc .tl { flex:1 0 20pt; overflow:hidden; white-space:nowrap; color:#888; }
.toc .tp { flex:none; padding-left:4pt; }`;

const para = (t: string): string => `<p>${esc(t)}</p>`;

/**
 * Soft hyphens in long words, before a consonant that starts a syllable near the middle, so that narrow
 * cells and large titles break words as a typesetter's hyphenation would ("transfe-rencias").
 */
function shy(text: string): string {
  return esc(text).replace(/\p{L}{11,}/gu, (w) => {
    const vowel = /[aeiouáéíóúâêôãõ]/iu;
    for (let i = Math.floor(w.length / 2), d = 0; d < w.length / 2 - 3; d++) {
      for (const j of [i + d, i - d]) {
        const a = w[j - 1] ?? '';
        const b = w[j] ?? '';
        const c = w[j + 1] ?? '';
        if (j > 3 && j < w.length - 3 && vowel.test(a) && !vowel.test(b) && vowel.test(c)) {
          return `${w.slice(0, j)}&shy;${w.slice(j)}`;
        }
      }
    }
    return w;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Argentine-style national plan: "Eje N" chapters, each commitment a ficha table on its own page, its title in
// the table under a band "COMPROMISO N", hitos with start and end dates.

interface Ficha {
  title: string;
  institucion: string;
  dependencia: string;
  otros: string;
  problema: string;
  objetivo: string;
  descripcion: string;
  valores: string;
  hitos: Array<[string, string, string, string]>;
}

const AR_EJES: Array<{ eje: string; items: Ficha[] }> = [
  {
    eje: 'Transparencia y acceso a la información pública',
    items: [
      {
        title: 'Apertura de datos sobre la obra pública financiada por el Estado nacional en las provincias',
        institucion: 'Ministerio de Infraestructura',
        dependencia: 'Subsecretaría de Gestión de Obra Pública',
        otros: 'Poder Ciudadano; Fundación Directorio Legislativo; gobiernos provinciales adheridos',
        problema:
          'La información sobre las obras que el Estado nacional financia en las provincias se encuentra dispersa entre organismos, se publica con meses de demora y no permite saber en qué estado de avance está cada obra ni cuánto se pagó por ella.',
        objetivo:
          'Que cualquier persona pueda consultar, en un único portal y en formatos abiertos, la ubicación, el presupuesto, los contratos, los pagos y el avance físico de cada obra pública financiada con fondos nacionales.',
        descripcion:
          'Se unificarán los registros de obra de los programas nacionales bajo el Estándar de Datos para las Contrataciones Abiertas y se incorporará un módulo de fotografías georreferenciadas y reclamos ciudadanos.',
        valores: 'Transparencia · Rendición de cuentas · Participación ciudadana',
        hitos: [
          [
            'Relevamiento de los sistemas de registro de obra de los programas nacionales',
            'Informe de diagnóstico publicado',
            'diciembre 2025',
            'marzo 2026',
          ],
          [
            'Adopción del estándar de datos abiertos para obra pública',
            'Resolución ministerial',
            'abril 2026',
            'julio 2026',
          ],
          [
            'Publicación de las obras de los tres programas de mayor presupuesto',
            'Portal con datos descargables',
            'agosto 2026',
            'diciembre 2026',
          ],
          [
            'Módulo de reclamos ciudadanos con respuesta obligatoria en 30 días',
            'Módulo en funcionamiento',
            'enero 2027',
            'junio 2027',
          ],
          [
            'Jornadas de uso de datos con organizaciones de cinco provincias',
            'Cinco jornadas realizadas y sistematizadas',
            'marzo 2027',
            'agosto 2027',
          ],
        ],
      },
      {
        title: 'Registro unificado de audiencias de gestión de intereses',
        institucion: 'Oficina Anticorrupción',
        dependencia: 'Dirección de Planificación de Políticas de Transparencia',
        otros: 'Asociación Civil por la Igualdad y la Justicia (ACIJ); Cámara Argentina de Comercio',
        problema:
          'Los registros de audiencias de gestión de intereses de cada organismo usan formularios distintos y no se pueden consultar en conjunto, lo que dificulta saber quién se reúne con los funcionarios y para tratar qué temas.',
        objetivo:
          'Contar con un registro único, consultable y descargable, de las audiencias que mantienen los funcionarios del Poder Ejecutivo Nacional con personas que gestionan intereses.',
        descripcion:
          'La Oficina Anticorrupción desarrollará el registro unificado, fijará criterios comunes de carga y publicará informes semestrales sobre su cumplimiento.',
        valores: 'Transparencia · Rendición de cuentas',
        hitos: [
          [
            'Mesa de trabajo con sociedad civil para definir campos mínimos',
            'Minuta de acuerdos publicada',
            'diciembre 2025',
            'febrero 2026',
          ],
          [
            'Desarrollo y puesta en línea del registro unificado',
            'Registro en línea',
            'marzo 2026',
            'septiembre 2026',
          ],
          [
            'Primer informe semestral de cumplimiento por organismo',
            'Informe publicado',
            'octubre 2026',
            'febrero 2027',
          ],
        ],
      },
    ],
  },
  {
    eje: 'Participación ciudadana y federalismo',
    items: [
      {
        title: 'Consejos consultivos federales de juventudes para las políticas de empleo',
        institucion: 'Ministerio de Capital Humano',
        dependencia: 'Secretaría de Trabajo, Empleo y Seguridad Social',
        otros: 'Consejo Federal de Juventudes; Red de Organizaciones Juveniles del NOA',
        problema:
          'Los programas de empleo juvenil se diseñan sin la participación de las y los jóvenes, en especial de quienes viven fuera de los grandes centros urbanos.',
        objetivo:
          'Crear instancias regionales de consulta con juventudes que emitan opinión sobre los programas de empleo antes de su lanzamiento y reciban respuesta fundada.',
        descripcion:
          'Se conformarán seis consejos regionales con representantes elegidos en las provincias; sus recomendaciones y las respuestas del Ministerio se publicarán en el portal.',
        valores: 'Participación ciudadana · Rendición de cuentas',
        hitos: [
          [
            'Resolución de creación de los consejos regionales',
            'Resolución publicada en el Boletín Oficial',
            'diciembre 2025',
            'abril 2026',
          ],
          [
            'Elección de representantes en las seis regiones',
            'Actas de elección',
            'mayo 2026',
            'septiembre 2026',
          ],
          [
            'Consulta sobre dos programas de empleo',
            'Recomendaciones y respuestas publicadas',
            'octubre 2026',
            'mayo 2027',
          ],
          [
            'Evaluación participativa del funcionamiento de los consejos',
            'Informe de evaluación',
            'junio 2027',
            'agosto 2027',
          ],
        ],
      },
      {
        title: 'Presupuesto participativo en parques nacionales con comunidades vecinas',
        institucion: 'Administración de Parques Nacionales',
        dependencia: 'Dirección Nacional de Conservación',
        otros: 'Comunidades indígenas y criollas vecinas; Fundación Vida Silvestre Argentina',
        problema:
          'Las comunidades que viven en el entorno de los parques nacionales no participan en las decisiones de inversión de las áreas protegidas, lo que genera conflictos y desconfianza.',
        objetivo:
          'Que las comunidades vecinas decidan el destino de una parte del presupuesto de inversión de cuatro parques nacionales.',
        descripcion:
          'Se destinará el 10 % del presupuesto de inversión de cuatro parques a proyectos propuestos y votados por las comunidades vecinas, con seguimiento público de su ejecución.',
        valores: 'Participación ciudadana · Transparencia',
        hitos: [
          [
            'Reglamento del presupuesto participativo acordado con las comunidades',
            'Reglamento aprobado',
            'diciembre 2025',
            'abril 2026',
          ],
          [
            'Asambleas de propuesta y votación en cuatro parques',
            'Actas y resultados publicados',
            'mayo 2026',
            'noviembre 2026',
          ],
          [
            'Ejecución y seguimiento público de los proyectos elegidos',
            'Tablero de seguimiento',
            'diciembre 2026',
            'agosto 2027',
          ],
        ],
      },
    ],
  },
  {
    eje: 'Integridad y rendición de cuentas',
    items: [
      {
        title: 'Declaraciones juradas patrimoniales en formato abierto y con alertas de inconsistencias',
        institucion: 'Oficina Anticorrupción',
        dependencia: 'Dirección de Control de Declaraciones Juradas',
        otros: 'Poder Ciudadano; Universidad Nacional de San Martín',
        problema:
          'Las declaraciones juradas de los funcionarios se publican como documentos escaneados, sin posibilidad de comparar años ni de detectar variaciones patrimoniales injustificadas.',
        objetivo:
          'Publicar las declaraciones juradas en datos abiertos y aplicar un sistema de alertas que identifique variaciones que requieran explicación.',
        descripcion:
          'Se rediseñará el formulario de declaración, se publicarán los datos de los últimos cinco años y se pondrá en marcha un sistema de alertas cuyos criterios se consultarán con sociedad civil.',
        valores: 'Transparencia · Rendición de cuentas · Tecnología e innovación',
        hitos: [
          [
            'Nuevo formulario de declaración jurada en línea',
            'Formulario en funcionamiento',
            'diciembre 2025',
            'mayo 2026',
          ],
          [
            'Publicación de las declaraciones de los últimos cinco años en datos abiertos',
            'Conjunto de datos publicado',
            'junio 2026',
            'noviembre 2026',
          ],
          [
            'Consulta pública sobre los criterios del sistema de alertas',
            'Informe de la consulta',
            'septiembre 2026',
            'diciembre 2026',
          ],
          [
            'Sistema de alertas en funcionamiento e informe anual de resultados',
            'Informe publicado',
            'enero 2027',
            'agosto 2027',
          ],
        ],
      },
    ],
  },
];

function arEjesFichas(): Doc {
  const css = `@page { size: A4; margin: 26mm 20mm 22mm 20mm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; line-height: 1.45; color: #242424; }
.brk { break-before: page; }
h1 { font-size: 17pt; color: #37bbed; margin: 0 0 12pt; font-weight: bold; }
h1.eje { color: #fff; background: #37bbed; padding: 14pt 12pt; font-size: 19pt; margin-top: 200pt; }
p { margin: 0 0 7pt; text-align: justify; }
.portada { padding-top: 140pt; } .portada .a { font-size: 13pt; color: #37bbed; font-weight: bold; }
.portada .b { font-size: 32pt; font-weight: bold; line-height: 1.1; margin: 14pt 0; } .portada .c { font-size: 22pt; color: #555; }
.portada .d { margin-top: 250pt; font-size: 10pt; color: #666; }
table.f { width: 100%; border-collapse: collapse; font-size: 9pt; margin-bottom: 8pt; }
table.f td { border: 0.5pt solid #9cc9dd; padding: 4pt 5pt; vertical-align: top; }
table.f td.k { width: 30%; background: #eaf6fc; font-weight: bold; color: #1d6f8f; }
table.f tr.band td { background: #37bbed; color: #fff; font-weight: bold; font-size: 11pt; letter-spacing: 1pt; }
table.f tr.tit td { font-size: 13pt; font-weight: bold; color: #1d1d1d; padding: 8pt 6pt; }
table.f th { background: #1d6f8f; color: #fff; text-align: left; padding: 3pt 5pt; font-size: 8.5pt; }
${TOC_STYLE} .toc { font-size: 10pt; }`;
  const flat = AR_EJES.flatMap((e) => e.items.map((c) => ({ ...c, eje: e.eje })));
  const commitments: Labelled[] = flat.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: c.eje,
    marker: c.title,
  }));
  const toc = [
    'Introducción',
    'El gobierno abierto en la Argentina',
    'Metodología de cocreación',
    ...AR_EJES.map((e, i) => `Eje ${i + 1}. ${e.eje}`),
    'Seguimiento del plan',
    'Anexo. Propuestas recibidas en las mesas de diálogo',
  ];
  const html = (pages: Map<string, number>): string => {
    let n = 0;
    const ficha = (c: Ficha): string => {
      n++;
      return `<table class="f brk">
<tr class="band"><td colspan="2">COMPROMISO ${n}</td></tr>
<tr class="tit"><td colspan="2">${esc(c.title)}</td></tr>
<tr><td class="k">Institución responsable</td><td>${esc(c.institucion)}</td></tr>
<tr><td class="k">Dependencia a cargo</td><td>${esc(c.dependencia)}</td></tr>
<tr><td class="k">Otros actores involucrados</td><td>${esc(c.otros)}</td></tr>
<tr><td class="k">Fecha de inicio y fin</td><td>1 de diciembre de 2025 – 31 de agosto de 2027</td></tr>
<tr><td class="k">¿Cuál es la problemática que el compromiso aborda?</td><td>${esc(c.problema)}</td></tr>
<tr><td class="k">Objetivo principal</td><td>${esc(c.objetivo)}</td></tr>
<tr><td class="k">Breve descripción del compromiso</td><td>${esc(c.descripcion)}</td></tr>
<tr><td class="k">Valores de gobierno abierto</td><td>${esc(c.valores)}</td></tr>
</table>
<table class="f"><tr><th style="width:6%">N°</th><th>Hitos</th><th style="width:26%">Resultado esperado</th><th style="width:13%">Fecha de inicio</th><th style="width:13%">Fecha de fin</th></tr>
${c.hitos.map(([h, r, s, e], j) => `<tr><td>${n}.${j + 1}</td><td>${esc(h)}</td><td>${esc(r)}</td><td>${s}</td><td>${e}</td></tr>`).join('\n')}
</table>`;
    };
    const body = `<div class="portada"><div class="a">JEFATURA DE GABINETE DE MINISTROS</div>
<div class="b">6° Plan de Acción Nacional de Gobierno Abierto</div><div class="c">2025 – 2027</div>
<div class="d">Secretaría de Innovación, Ciencia y Tecnología · Subsecretaría de Fortalecimiento Institucional<br>Buenos Aires, noviembre de 2025</div></div>
<h1 class="brk">Índice</h1>
${toc.map((t) => tocEntry(t, pages.get(t), t.startsWith('Eje') ? 1 : 0)).join('\n')}
<h1 class="brk">Introducción</h1>
${para('La Argentina integra la Alianza para el Gobierno Abierto desde 2012. Este sexto Plan de Acción Nacional es el resultado de un proceso de cocreación en el que participaron organismos del Poder Ejecutivo Nacional, organizaciones de la sociedad civil, universidades y gobiernos provinciales, y reúne cinco compromisos organizados en tres ejes temáticos.')}
${para('Cada compromiso se presenta en una ficha que indica la institución responsable, la problemática que aborda, su objetivo y los hitos que permitirán verificar su cumplimiento, con sus fechas de inicio y fin. El plan se implementará entre el 1 de diciembre de 2025 y el 31 de agosto de 2027.')}
<h1>El gobierno abierto en la Argentina</h1>
${para('Los planes anteriores permitieron avances significativos: la Ley 27.275 de Derecho de Acceso a la Información Pública, el Portal Nacional de Datos Abiertos, el registro de audiencias de gestión de intereses y la publicación del presupuesto ciudadano. Persisten desafíos en la apertura de la información sobre obra pública, en la participación de las juventudes y de las comunidades del interior del país, y en el control de los patrimonios de los funcionarios.')}
<h1>Metodología de cocreación</h1>
${para('Entre mayo y septiembre de 2025 se realizaron doce mesas de diálogo, cuatro de ellas en formato virtual y ocho en las regiones NOA, NEA, Cuyo, Centro, Patagonia y Buenos Aires. Participaron 486 personas y se recibieron 131 propuestas. La Mesa Nacional de Gobierno Abierto, integrada por representantes del Estado y de la sociedad civil, sistematizó las propuestas y acordó con los organismos la redacción de los compromisos.')}
${para('El borrador del plan estuvo en consulta pública durante veinte días en el portal de consulta. Las respuestas a los comentarios recibidos se publicaron junto con la versión final.')}
${AR_EJES.map((e, i) => {
  const items = e.items.map(ficha).join('\n');
  return `<h1 class="eje brk">Eje ${i + 1}. ${esc(e.eje)}</h1>\n${items}`;
}).join('\n')}
<h1 class="brk">Seguimiento del plan</h1>
${para('La Mesa Nacional de Gobierno Abierto se reunirá cada tres meses para revisar el avance de los hitos. Los organismos responsables informarán el estado de cada hito en el tablero de seguimiento, que es de acceso público, y se elaborará un informe de autoevaluación al final del período.')}
<h1>Anexo. Propuestas recibidas en las mesas de diálogo</h1>
${para('Las propuestas más frecuentes, agrupadas por tema, fueron las siguientes. Las que no se incorporaron al plan fueron remitidas a los organismos competentes.')}
<ol><li>Publicar el avance de las obras públicas con fotografías y mapas.</li><li>Unificar los registros de audiencias de los organismos.</li><li>Crear espacios de participación para juventudes del interior.</li><li>Abrir las declaraciones juradas de los funcionarios.</li><li>Publicar los datos de los subsidios al transporte.</li><li>Incorporar la perspectiva de género en los datos abiertos.</li></ol>`;
    return htmlPage('es-AR', '6° Plan de Acción Nacional de Gobierno Abierto 2025-2027', css, body);
  };
  return {
    name: 'es-ar-ejes-fichas',
    kind: 'action-plan',
    family: 'eje-ficha-band',
    language: 'es',
    format: 'pdf',
    note: 'An Argentine-style national plan: cover, "Índice" with dot leaders, introduction ("reúne cinco compromisos organizados en tres ejes"), "Eje N. …" title pages in a coloured band; each commitment a ficha table on its own page whose first row is a band "COMPROMISO N" and whose second row is the title alone (no field name), then institución responsable, dependencia, otros actores, fecha de inicio y fin, problemática, objetivo, descripción, valores; a table of hitos numbered "N.1", "N.2" with resultado esperado and fecha de inicio / fin; a numbered list of proposals in an annex.',
    html,
    commitments,
    header: '6° Plan de Acción Nacional de Gobierno Abierto · 2025-2027',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Chilean-style "Estado Abierto" plan: "Compromiso N° N:" headings whose long titles wrap, a summary table of
// all commitments, the ficha as a table, numbered hitos, and commitments of the legislature and the courts.

interface ClCompromiso {
  title: string;
  institucion: string;
  responsable: string;
  otros: string;
  problema: string;
  solucion: string;
  valores: string;
  hitos: Array<[string, string, string]>;
}

const CL_PODERES: Array<{ poder: string; items: ClCompromiso[] }> = [
  {
    poder: 'Poder Ejecutivo',
    items: [
      {
        title:
          'Fortalecimiento de la transparencia en la gestión de los recursos hídricos y en la asignación de derechos de aprovechamiento de aguas',
        institucion: 'Ministerio de Obras Públicas – Dirección General de Aguas',
        responsable: 'Jefa del Departamento de Administración de Recursos Hídricos',
        otros: 'Fundación Chile Sustentable; Escenarios Hídricos 2030; juntas de vigilancia de cuencas',
        problema:
          'La información sobre los derechos de aprovechamiento de aguas, sus titulares y los caudales extraídos está incompleta y dispersa, lo que impide a las comunidades conocer quién usa el agua de su cuenca en un contexto de sequía prolongada.',
        solucion:
          'Publicar en datos abiertos el catastro público de aguas, con los titulares de derechos y las mediciones de extracción efectiva, y habilitar mesas de cuenca en las que las comunidades puedan revisar y comentar la información.',
        valores: 'Transparencia; participación ciudadana; rendición de cuentas.',
        hitos: [
          ['Publicación del catastro público de aguas en formato abierto', 'Septiembre 2023', 'Junio 2024'],
          ['Publicación mensual de las mediciones de extracción efectiva', 'Julio 2024', 'Diciembre 2025'],
          ['Mesas de cuenca en cinco cuencas priorizadas', 'Enero 2025', 'Diciembre 2026'],
          ['Informe de uso de la información por parte de las comunidades', 'Enero 2027', 'Agosto 2027'],
        ],
      },
      {
        title: 'Plan nacional de datos abiertos sobre violencia de género',
        institucion: 'Ministerio de la Mujer y la Equidad de Género',
        responsable: 'Jefe de la División de Estudios',
        otros:
          'Corporación Humanas; Observatorio de Género y Equidad; Subsecretaría de Prevención del Delito',
        problema:
          'Los datos sobre violencia de género provienen de distintas instituciones que usan definiciones diferentes, y no es posible seguir un caso desde la denuncia hasta la sentencia.',
        solucion:
          'Acordar un conjunto mínimo de datos sobre violencia de género, comunes a las instituciones que atienden a las víctimas, y publicarlo periódicamente con resguardo de la identidad de las personas.',
        valores: 'Transparencia; rendición de cuentas.',
        hitos: [
          ['Mesa interinstitucional y con sociedad civil constituida', 'Septiembre 2023', 'Marzo 2024'],
          ['Conjunto mínimo de datos aprobado', 'Abril 2024', 'Diciembre 2024'],
          ['Primera publicación semestral de datos', 'Enero 2025', 'Junio 2025'],
        ],
      },
      {
        title:
          'Participación de la ciudadanía en el seguimiento de la Estrategia Nacional de Integridad Pública',
        institucion:
          'Secretaría General de la Presidencia – Comisión para la Integridad Pública y Transparencia',
        responsable: 'Secretario Ejecutivo de la Comisión',
        otros: 'Chile Transparente; Espacio Público; Consejo para la Transparencia',
        problema:
          'La Estrategia Nacional de Integridad Pública contiene más de doscientas medidas, pero la ciudadanía no cuenta con un mecanismo para conocer su avance ni para incidir en su priorización.',
        solucion:
          'Crear un consejo de seguimiento con participación de la sociedad civil y un tablero público con el estado de cada medida, actualizado cada trimestre.',
        valores: 'Participación ciudadana; rendición de cuentas.',
        hitos: [
          ['Constitución del consejo de seguimiento', 'Enero 2024', 'Junio 2024'],
          ['Tablero público de avance de las medidas', 'Julio 2024', 'Marzo 2025'],
          ['Informes trimestrales del consejo', 'Abril 2025', 'Agosto 2027'],
        ],
      },
    ],
  },
  {
    poder: 'Poder Legislativo',
    items: [
      {
        title:
          'Congreso abierto: trazabilidad de la tramitación legislativa y de la participación de expertos',
        institucion:
          'Cámara de Diputadas y Diputados – Senado de la República (Grupo Bicameral de Transparencia)',
        responsable: 'Secretaria del Grupo Bicameral de Transparencia',
        otros: 'Fundación Ciudadanía Inteligente; Observatorio Legislativo',
        problema:
          'No es posible conocer de manera sencilla quién fue invitado a exponer en las comisiones, qué documentos presentó y cómo se incorporaron sus aportes en la tramitación de los proyectos de ley.',
        solucion:
          'Publicar, para cada proyecto de ley, un registro de las personas invitadas a las comisiones, sus presentaciones y las indicaciones que se derivaron de ellas.',
        valores: 'Transparencia; participación ciudadana.',
        hitos: [
          ['Protocolo bicameral de registro de invitados y presentaciones', 'Octubre 2023', 'Junio 2024'],
          ['Publicación en los sitios de ambas cámaras', 'Julio 2024', 'Junio 2025'],
          ['Evaluación con organizaciones de la sociedad civil', 'Julio 2025', 'Diciembre 2025'],
        ],
      },
    ],
  },
  {
    poder: 'Poder Judicial',
    items: [
      {
        title: 'Lenguaje claro en las sentencias y resoluciones de los tribunales de familia',
        institucion: 'Poder Judicial – Corporación Administrativa del Poder Judicial',
        responsable: 'Directora de la Dirección de Estudios de la Corte Suprema',
        otros: 'Red de Lenguaje Claro Chile; Facultades de Derecho de universidades regionales',
        problema:
          'Las resoluciones de los tribunales de familia se redactan en un lenguaje técnico que las personas usuarias, muchas veces sin abogado, no comprenden, lo que afecta su cumplimiento y la confianza en la justicia.',
        solucion:
          'Elaborar una guía de redacción en lenguaje claro, capacitar a juezas, jueces y funcionarios, y aplicar la guía en los tribunales de familia de tres regiones.',
        valores: 'Transparencia; acceso a la justicia.',
        hitos: [
          ['Guía de lenguaje claro para resoluciones de familia', 'Septiembre 2023', 'Junio 2024'],
          ['Capacitación en tres regiones', 'Julio 2024', 'Diciembre 2024'],
          ['Aplicación piloto y encuesta a personas usuarias', 'Enero 2025', 'Diciembre 2025'],
          ['Informe de resultados y propuesta de extensión nacional', 'Enero 2026', 'Junio 2026'],
        ],
      },
    ],
  },
];

function clCompromisoNumero(): Doc {
  const css = `@page { size: Letter; margin: 25mm 24mm 24mm 24mm; }
body { font-family: 'DejaVu Serif'; font-size: 10pt; line-height: 1.5; color: #1a1a1a; hyphens: manual; }
.brk { break-before: page; }
h1 { font-family: 'DejaVu Sans'; font-size: 16pt; color: #0f69b4; margin: 0 0 10pt; }
h2 { font-family: 'DejaVu Sans'; font-size: 12.5pt; color: #0f69b4; margin: 18pt 0 8pt; line-height: 1.3; }
h3.poder { font-family: 'DejaVu Sans'; font-size: 11pt; text-transform: uppercase; color: #e22c2c; letter-spacing: 1pt; margin: 20pt 0 0; }
p { margin: 0 0 7pt; text-align: justify; }
.portada { padding-top: 160pt; text-align: right; font-family: 'DejaVu Sans'; } .portada .a { font-size: 12pt; color: #0f69b4; }
.portada .b { font-size: 28pt; font-weight: bold; margin: 16pt 0 6pt; } .portada .c { font-size: 16pt; color: #e22c2c; }
table.c { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 8.5pt; margin: 4pt 0 10pt; }
table.c td, table.c th { border: 0.5pt solid #b8c7d9; padding: 3pt 4pt; vertical-align: top; text-align: left; }
table.c th { background: #0f69b4; color: #fff; } table.c td.k { width: 30%; background: #eef3f9; font-weight: bold; }
${TOC_STYLE} .toc { font-family: 'DejaVu Sans'; font-size: 9.5pt; }`;
  const flat = CL_PODERES.flatMap((p) => p.items.map((c) => ({ ...c, poder: p.poder })));
  const commitments: Labelled[] = flat.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: c.poder,
    marker: `Compromiso N° ${i + 1}:`,
  }));
  const toc = [
    'Presentación',
    'Antecedentes: Chile en la Alianza para el Gobierno Abierto',
    'Proceso de elaboración del plan',
    'Compromisos',
    'Glosario',
  ];
  // The index names each commitment as "Compromiso Nº N" (ordinal sign) with a shortened title; the body
  // heading prints "N°" (degree sign), as Chilean documents often mix the two.
  const shortTitles = [
    'Transparencia en la gestión de los recursos hídricos',
    'Datos abiertos sobre violencia de género',
    'Seguimiento ciudadano de la Estrategia de Integridad',
    'Congreso abierto: trazabilidad legislativa',
    'Lenguaje claro en los tribunales de familia',
  ];
  const html = (pages: Map<string, number>): string => {
    let n = 0;
    const ficha = (c: ClCompromiso): string => {
      n++;
      // A soft hyphen in the long titles' longest words, so a line may end in "…-" as in the printed plan.
      const title = esc(c.title)
        .replace(/aprovechamiento/u, 'aprove&shy;chamiento')
        .replace(/tramitación/u, 'trami&shy;tación');
      return `<h2${n > 1 ? ' class="brk"' : ''}>Compromiso N° ${n}: ${title}</h2>
<table class="c">
<tr><td class="k">Fecha de inicio y término</td><td>${esc((c.hitos[0] as [string, string, string])[1])} – ${esc((c.hitos[c.hitos.length - 1] as [string, string, string])[2])}</td></tr>
<tr><td class="k">Institución responsable</td><td>${esc(c.institucion)}</td></tr>
<tr><td class="k">Responsable</td><td>${esc(c.responsable)}</td></tr>
<tr><td class="k">Otros actores involucrados</td><td>${esc(c.otros)}</td></tr>
<tr><td class="k">¿Cuál es el problema que el compromiso aborda?</td><td>${esc(c.problema)}</td></tr>
<tr><td class="k">¿Cuál es el compromiso?</td><td>${esc(c.solucion)}</td></tr>
<tr><td class="k">¿Por qué es relevante frente a los valores de OGP?</td><td>${esc(c.valores)}</td></tr>
</table>
<table class="c"><tr><th style="width:7%">N°</th><th>Hito verificable</th><th style="width:18%">Fecha de inicio</th><th style="width:18%">Fecha de término</th></tr>
${c.hitos.map(([h, s, e], j) => `<tr><td>${j + 1}</td><td>${esc(h)}</td><td>${s}</td><td>${e}</td></tr>`).join('\n')}
</table>`;
    };
    const body = `<div class="portada"><div class="a">Gobierno de Chile · Comisión para la Integridad Pública y Transparencia</div>
<div class="b">Sexto Plan de Acción de Estado Abierto</div><div class="c">2023 – 2027</div></div>
<h1 class="brk">Índice</h1>
${tocEntry(toc[0] as string, pages.get(toc[0] as string), 0)}
${tocEntry(toc[1] as string, pages.get(toc[1] as string), 0)}
${tocEntry(toc[2] as string, pages.get(toc[2] as string), 0)}
${tocEntry(toc[3] as string, pages.get(toc[3] as string), 0)}
${shortTitles.map((t, i) => tocEntry(`Compromiso Nº ${i + 1}. ${t}`, pages.get(`Compromiso N° ${i + 1}:`), 1)).join('\n')}
${tocEntry(toc[4] as string, pages.get(toc[4] as string), 0)}
<h1 class="brk">Presentación</h1>
${para('Chile presenta su Sexto Plan de Acción de Estado Abierto, el primero que incorpora de manera sistemática compromisos de los tres poderes del Estado. El plan contiene cinco compromisos: tres del Poder Ejecutivo, uno del Congreso Nacional y uno del Poder Judicial, construidos junto a la sociedad civil durante 2023.')}
${para('Con este plan reafirmamos que la transparencia, la participación y la rendición de cuentas no son tareas de un solo gobierno, sino de un Estado que se abre a la ciudadanía en todas sus funciones.')}
<h1>Antecedentes: Chile en la Alianza para el Gobierno Abierto</h1>
${para('Chile se incorporó a la Alianza para el Gobierno Abierto en 2011. En sus cinco planes anteriores asumió 84 compromisos, entre ellos la implementación de la Ley del Lobby, el portal de datos abiertos del Estado y la publicación de las declaraciones de patrimonio e intereses de las autoridades.')}
<h1>Proceso de elaboración del plan</h1>
${para('La Mesa de Estado Abierto, integrada por representantes de los tres poderes y de la sociedad civil, condujo el proceso entre marzo y agosto de 2023. Se realizaron diálogos ciudadanos en las dieciséis regiones y una consulta en línea que reunió 1.142 propuestas. La Tabla 1 resume los compromisos resultantes.')}
<p><b>Tabla 1. Resumen de los compromisos del plan</b></p>
<table class="c"><tr><th style="width:7%">N°</th><th>Compromiso</th><th style="width:34%">Institución responsable</th></tr>
${flat.map((c, i) => `<tr><td>${i + 1}</td><td>${esc(shortTitles[i] as string)}</td><td>${esc(c.institucion)}</td></tr>`).join('\n')}
</table>
<h1 class="brk">Compromisos</h1>
${CL_PODERES.map((p) => `<h3 class="poder">${esc(p.poder)}</h3>\n${p.items.map(ficha).join('\n')}`).join('\n')}
<h1 class="brk">Glosario</h1>
${para('Hito: acción verificable, con fecha de inicio y de término, que contribuye al cumplimiento de un compromiso.')}
${para('Mesa de Estado Abierto: instancia de coordinación entre los poderes del Estado y la sociedad civil que conduce la elaboración y el seguimiento del plan.')}
${para('Estado abierto: extensión de los principios del gobierno abierto a los poderes Legislativo y Judicial y a los órganos autónomos.')}`;
    return htmlPage('es-CL', 'Sexto Plan de Acción de Estado Abierto 2023-2027', css, body);
  };
  return {
    name: 'es-cl-compromiso-no',
    kind: 'action-plan',
    family: 'compromiso-numero-grado',
    language: 'es',
    format: 'pdf',
    note: 'A Chilean-style "Estado Abierto" plan on Letter paper: cover, "Índice" whose entries read "Compromiso Nº N. Short title" (ordinal sign, shortened titles) while the body prints h2 "Compromiso N° N: Long title" (degree sign) wrapping over two or three lines, some with a soft hyphen; "contiene cinco compromisos"; a summary table of the commitments (trap); commitments grouped under "PODER EJECUTIVO / LEGISLATIVO / JUDICIAL" labels; the ficha as a question table and a table of hitos numbered 1, 2, 3 with fecha de inicio / término; a glossary.',
    html,
    commitments,
    header: 'Sexto Plan de Acción de Estado Abierto 2023-2027',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Paraguayan-style plan: portrait introduction, then a landscape matrix of commitments whose rows span pages,
// with theme rows between them; bilingual headings (Spanish and Guaraní).

interface MatrizRow {
  title: string;
  objetivo: string;
  institucion: string;
  hitos: string[];
  inicio: string;
  fin: string;
  valores: string;
}

const PY_EJES: Array<{ eje: string; rows: MatrizRow[] }> = [
  {
    eje: 'Transparencia y lucha contra la corrupción',
    rows: [
      {
        title: 'Trazabilidad de las transferencias a gobernaciones y municipios',
        objetivo:
          'Permitir a la ciudadanía seguir los fondos transferidos por el Tesoro a gobernaciones y municipios, desde la transferencia hasta la rendición de cuentas de su uso.',
        institucion: 'Ministerio de Economía y Finanzas',
        hitos: [
          'Diagnóstico de la información disponible sobre transferencias y rendiciones',
          'Publicación mensual en datos abiertos de las transferencias por destino',
          'Vinculación de las transferencias con las rendiciones presentadas a la Contraloría',
          'Capacitación a periodistas y organizaciones locales en el uso de los datos',
        ],
        inicio: 'Julio 2024',
        fin: 'Junio 2026',
        valores: 'Transparencia, rendición de cuentas',
      },
      {
        title: 'Portal único de contrataciones públicas con alertas de riesgo',
        objetivo:
          'Identificar de forma temprana los procedimientos de contratación con señales de riesgo de corrupción y ponerlos en conocimiento de la ciudadanía y de los órganos de control.',
        institucion: 'Dirección Nacional de Contrataciones Públicas (DNCP)',
        hitos: [
          'Definición participativa de los indicadores de riesgo',
          'Tablero de alertas de riesgo abierto al público',
          'Protocolo de remisión de alertas a la Contraloría General de la República',
        ],
        inicio: 'Agosto 2024',
        fin: 'Diciembre 2025',
        valores: 'Transparencia, rendición de cuentas, tecnología e innovación',
      },
    ],
  },
  {
    eje: 'Participación ciudadana',
    rows: [
      {
        title: 'Consejos de salud locales con participación ciudadana en la planificación de los servicios',
        objetivo:
          'Fortalecer los consejos locales de salud para que la comunidad participe en la planificación y el control de los servicios de salud de su distrito.',
        institucion: 'Ministerio de Salud Pública y Bienestar Social',
        hitos: [
          'Relevamiento del funcionamiento de los consejos locales de salud',
          'Guía de participación comunitaria en la planificación de los servicios',
          'Audiencias públicas de rendición de cuentas en treinta distritos',
          'Informe público sobre las demandas recogidas y las respuestas dadas',
        ],
        inicio: 'Julio 2024',
        fin: 'Junio 2026',
        valores: 'Participación ciudadana, rendición de cuentas',
      },
      {
        title:
          'Consulta previa, libre e informada a los pueblos indígenas sobre las políticas que los afectan',
        objetivo:
          'Aplicar el protocolo de consulta previa, libre e informada en las decisiones administrativas que afectan a los pueblos indígenas y publicar sus resultados.',
        institucion: 'Instituto Paraguayo del Indígena (INDI)',
        hitos: [
          'Difusión del protocolo de consulta en lenguas indígenas',
          'Registro público de los procesos de consulta realizados',
          'Informe anual sobre el cumplimiento de los acuerdos alcanzados',
        ],
        inicio: 'Septiembre 2024',
        fin: 'Junio 2026',
        valores: 'Participación ciudadana, transparencia',
      },
    ],
  },
  {
    eje: 'Acceso a la información pública',
    rows: [
      {
        title: 'Respuesta a solicitudes de acceso a la información en guaraní',
        objetivo:
          'Garantizar que las personas puedan presentar solicitudes de acceso a la información pública y recibir respuesta en guaraní, lengua oficial junto con el castellano.',
        institucion:
          'Ministerio de Justicia – Dirección General de Transparencia y Acceso a la Información Pública',
        hitos: [
          'Traducción del formulario y de las guías del portal de acceso a la información',
          'Red de traductores de guaraní en las oficinas de acceso a la información',
          'Informe de solicitudes recibidas y respondidas en guaraní',
        ],
        inicio: 'Julio 2024',
        fin: 'Diciembre 2025',
        valores: 'Transparencia, participación ciudadana',
      },
    ],
  },
];

function pyMatrizPaisaje(): Doc {
  const css = `@page { size: A4; margin: 22mm 20mm 20mm 20mm; } @page matriz { size: A4 landscape; margin: 18mm 14mm 16mm 14mm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.45; color: #222; }
.brk { break-before: page; } .matriz { page: matriz; }
h1 { font-family: 'Liberation Sans'; font-size: 18pt; color: #c8102e; margin: 0 0 10pt; }
h1 .gn { display: block; font-size: 11pt; color: #0038a8; font-style: italic; font-weight: normal; }
p { margin: 0 0 7pt; text-align: justify; }
.tapa { padding-top: 190pt; text-align: center; font-family: 'Liberation Sans'; } .tapa .a { font-size: 12pt; color: #0038a8; letter-spacing: 2pt; }
.tapa .b { font-size: 30pt; font-weight: bold; color: #c8102e; margin: 18pt 0 10pt; } .tapa .c { font-size: 15pt; }
table.m { width: 100%; border-collapse: collapse; font-family: 'Liberation Sans Narrow'; font-size: 9pt; line-height: 1.3; }
table.m th { background: #0038a8; color: #fff; padding: 4pt; border: 0.5pt solid #0038a8; text-align: center; }
table.m td { border: 0.5pt solid #8da3cf; padding: 4pt; vertical-align: top; }
table.m tr.eje td { background: #dbe4f5; font-weight: bold; font-size: 10pt; color: #0038a8; }
table.m td.t { font-weight: bold; } table.m td.n { text-align: center; font-weight: bold; }
table.m ul { margin: 0; padding-left: 10pt; }`;
  const flat = PY_EJES.flatMap((e) => e.rows.map((r) => ({ ...r, eje: e.eje })));
  const commitments: Labelled[] = flat.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: c.eje,
    marker: c.title,
  }));
  const html = (): string => {
    let n = 0;
    const rows = PY_EJES.map((e, k) => {
      const inner = e.rows
        .map((r) => {
          n++;
          return `<tr><td class="n">${n}</td><td class="t">${shy(r.title)}</td><td>${shy(r.objetivo)}</td><td>${esc(r.institucion)}</td><td><ul>${r.hitos.map((h) => `<li>${esc(h)}</li>`).join('')}</ul></td><td>${r.inicio}</td><td>${r.fin}</td><td>${esc(r.valores)}</td></tr>`;
        })
        .join('\n');
      return `<tr class="eje"><td colspan="8">Eje ${k + 1}: ${esc(e.eje)}</td></tr>\n${inner}`;
    }).join('\n');
    const body = `<div class="tapa"><div class="a">REPÚBLICA DEL PARAGUAY</div>
<div class="b">V Plan de Acción Nacional<br>de Gobierno Abierto</div><div class="c">2024 – 2026</div>
<p style="text-align:center;margin-top:200pt;font-size:10pt">Secretaría Técnica de Planificación del Desarrollo Económico y Social · Equipo de Gobierno Abierto Paraguay</p></div>
<h1 class="brk">Presentación <span class="gn">Ñepyrũmby</span></h1>
${para('El Paraguay presenta su quinto Plan de Acción Nacional de Gobierno Abierto, construido en mesas de trabajo con instituciones públicas y organizaciones de la sociedad civil de todo el país. El plan contiene cinco compromisos, agrupados en tres ejes, que se implementarán entre julio de 2024 y junio de 2026.')}
${para('Por primera vez, el plan incluye un compromiso para que las personas puedan ejercer su derecho de acceso a la información pública en guaraní, lengua hablada por la mayoría de la población. Las mesas de cocreación se realizaron en castellano y en guaraní, y el resumen del plan se publica en ambas lenguas.')}
<h1>Proceso de cocreación <span class="gn">Mba’éichapa ojejapo</span></h1>
${para('Entre febrero y mayo de 2024 se realizaron ocho mesas temáticas en Asunción, Ciudad del Este, Encarnación, Concepción y Villarrica, con la participación de 312 personas de 74 instituciones y organizaciones. Las 96 propuestas recibidas fueron priorizadas por la Mesa Conjunta de Gobierno Abierto, que acordó con las instituciones responsables los compromisos y sus hitos.')}
${para('La matriz siguiente presenta cada compromiso con su objetivo, la institución responsable, los hitos previstos, las fechas de inicio y de finalización y los valores de gobierno abierto a los que responde.')}
<h1>Seguimiento <span class="gn">Jehechapyre</span></h1>
${para('Las instituciones responsables informarán el avance de los hitos cada cuatro meses en el tablero de seguimiento. La Mesa Conjunta revisará el cumplimiento y publicará un informe de autoevaluación al término del plan.')}
<div class="matriz">
<h1>Matriz de compromisos</h1>
<table class="m"><thead><tr><th style="width:3%">N°</th><th style="width:15%">Compromiso</th><th style="width:20%">Objetivo</th><th style="width:13%">Institución responsable</th><th style="width:25%">Hitos</th><th style="width:7%">Inicio</th><th style="width:7%">Finalización</th><th style="width:10%">Valores de gobierno abierto</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</div>`;
    return htmlPage('es-PY', 'V Plan de Acción Nacional de Gobierno Abierto 2024-2026', css, body);
  };
  return {
    name: 'es-py-matriz-paisaje',
    kind: 'action-plan',
    family: 'matrix-landscape-eje',
    language: 'es',
    format: 'pdf',
    note: 'A Paraguayan-style plan: portrait cover and introduction with bilingual headings (Spanish with a Guaraní subtitle), "contiene cinco compromisos, agrupados en tres ejes"; then landscape pages with a matrix N° | Compromiso | Objetivo | Institución responsable | Hitos | Inicio | Finalización | Valores whose header repeats on every page, theme rows "Eje N: …" spanning the table, commitment titles in bold in a narrow cell (wrapping over several lines), hitos as bullets; rows break across pages.',
    html,
    commitments,
    header: 'V Plan de Acción Nacional de Gobierno Abierto · Paraguay',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Brazilian-style plan: "COMPROMISSO N" in small capitals above a large title, the description table with
// "Órgão responsável", and a table of "Marcos" numbered 1, 2, 3 with dates and responsible bodies.

interface Compromisso {
  title: string;
  orgao: string;
  desafio: string;
  descricao: string;
  resultado: string;
  governo: string;
  sociedade: string;
  marcos: Array<[string, string, string, string]>;
}

const BR_PLANO: Compromisso[] = [
  {
    title: 'Transparência e participação social no ciclo orçamentário das emendas parlamentares',
    orgao: 'Ministério do Planejamento e Orçamento (MPO)',
    desafio:
      'As emendas parlamentares representam parcela crescente das despesas discricionárias da União, mas a sociedade tem dificuldade em saber quem indicou cada emenda, a que beneficiário se destina e qual foi o resultado da sua execução.',
    descricao:
      'Disponibilizar, em painel único e em dados abertos, informações sobre autoria, beneficiário, objeto e execução física e financeira das emendas parlamentares, e criar mecanismos de acompanhamento pela sociedade civil.',
    resultado: 'Painel de emendas com dados completos de autoria e execução, atualizado mensalmente.',
    governo: 'Controladoria-Geral da União (CGU); Secretaria de Relações Institucionais; Tesouro Nacional',
    sociedade: 'Transparência Brasil; Contas Abertas; Instituto de Estudos Socioeconômicos (Inesc)',
    marcos: [
      ['Mapeamento das bases de dados sobre emendas nos sistemas federais', '01/2024', '06/2024', 'MPO'],
      ['Publicação do painel com dados de autoria e beneficiários', '07/2024', '12/2024', 'MPO e CGU'],
      ['Inclusão da execução física das obras financiadas por emendas', '01/2025', '12/2025', 'MPO'],
      ['Oficinas de uso dos dados com organizações da sociedade civil', '03/2025', '06/2026', 'CGU'],
      ['Avaliação do painel pelos usuários e publicação de melhorias', '07/2026', '12/2026', 'MPO'],
    ],
  },
  {
    title: 'Governo aberto e dados ambientais para o combate ao desmatamento na Amazônia Legal',
    orgao: 'Ministério do Meio Ambiente e Mudança do Clima (MMA)',
    desafio:
      'Os dados sobre autorizações de supressão de vegetação, autos de infração e embargos estão dispersos entre órgãos federais e estaduais, o que dificulta o controle social do desmatamento.',
    descricao:
      'Integrar e publicar em formato aberto os dados federais e estaduais sobre autorizações, embargos e autuações ambientais na Amazônia Legal, com participação de organizações da sociedade civil na definição das prioridades.',
    resultado: 'Base integrada e aberta de dados ambientais da Amazônia Legal.',
    governo: 'Ibama; ICMBio; órgãos estaduais de meio ambiente dos nove estados da Amazônia Legal',
    sociedade: 'Observatório do Clima; Imazon; Instituto Centro de Vida (ICV)',
    marcos: [
      ['Acordos de cooperação com os órgãos estaduais de meio ambiente', '01/2024', '12/2024', 'MMA'],
      [
        'Publicação dos dados federais de embargos e autuações em formato aberto',
        '03/2024',
        '09/2024',
        'Ibama',
      ],
      ['Integração dos dados estaduais de autorizações de supressão', '01/2025', '12/2025', 'MMA'],
      ['Consulta às organizações sobre prioridades de novos conjuntos de dados', '06/2025', '09/2025', 'MMA'],
    ],
  },
  {
    title: 'Fortalecimento das ouvidorias municipais',
    orgao: 'Controladoria-Geral da União (CGU) – Ouvidoria-Geral da União',
    desafio:
      'Grande parte dos municípios brasileiros não possui ouvidoria estruturada, e o cidadão não tem canal para apresentar manifestações sobre os serviços públicos locais.',
    descricao:
      'Apoiar a criação e o funcionamento de ouvidorias em municípios de pequeno porte, por meio da plataforma Fala.BR, capacitação e modelos normativos.',
    resultado: 'Ouvidorias em funcionamento em 500 novos municípios.',
    governo: 'Confederação Nacional de Municípios; Frente Nacional de Prefeitas e Prefeitos',
    sociedade: 'Associação Brasileira de Ouvidores; Rede de Controle Social',
    marcos: [
      ['Modelo de decreto municipal de criação de ouvidoria', '01/2024', '04/2024', 'CGU'],
      ['Adesão de 500 municípios à plataforma Fala.BR', '05/2024', '12/2025', 'CGU'],
      ['Capacitação de ouvidores municipais em todas as regiões', '05/2024', '06/2026', 'CGU'],
    ],
  },
  {
    title: 'Participação social no monitoramento de políticas de igualdade racial',
    orgao: 'Ministério da Igualdade Racial (MIR)',
    desafio:
      'As políticas de igualdade racial carecem de indicadores públicos de execução e de espaços em que movimentos negros e comunidades quilombolas acompanhem os resultados.',
    descricao:
      'Construir, com a sociedade civil, um painel público de indicadores das políticas de igualdade racial e instituir uma instância participativa de monitoramento.',
    resultado: 'Painel de indicadores e instância participativa em funcionamento.',
    governo: 'Instituto Brasileiro de Geografia e Estatística (IBGE); Ipea',
    sociedade:
      'Coordenação Nacional de Articulação das Comunidades Negras Rurais Quilombolas (Conaq); Geledés',
    marcos: [
      ['Oficinas para definição participativa dos indicadores', '02/2024', '08/2024', 'MIR'],
      ['Publicação do painel de indicadores', '09/2024', '06/2025', 'MIR e IBGE'],
      ['Instituição da instância participativa de monitoramento', '01/2025', '06/2025', 'MIR'],
      ['Primeiro relatório público de monitoramento', '07/2025', '12/2025', 'MIR'],
    ],
  },
  {
    title: 'Dados abertos da saúde indígena',
    orgao: 'Ministério da Saúde – Secretaria de Saúde Indígena (Sesai)',
    desafio:
      'Os dados de atendimento e de indicadores de saúde dos povos indígenas não são publicados de forma regular, o que limita o controle social exercido pelos conselhos distritais.',
    descricao:
      'Publicar periodicamente, em formato aberto e com proteção de dados pessoais, os indicadores de saúde por Distrito Sanitário Especial Indígena, e apresentá-los aos conselhos distritais.',
    resultado: 'Indicadores publicados a cada quatro meses para os 34 distritos.',
    governo: 'Fundação Oswaldo Cruz (Fiocruz); Autoridade Nacional de Proteção de Dados',
    sociedade: 'Articulação dos Povos Indígenas do Brasil (Apib); conselhos distritais de saúde indígena',
    marcos: [
      ['Definição dos indicadores com os conselhos distritais', '01/2024', '07/2024', 'Sesai'],
      ['Primeira publicação dos indicadores em formato aberto', '08/2024', '12/2024', 'Sesai'],
      ['Apresentação dos dados nos 34 conselhos distritais', '01/2025', '12/2025', 'Sesai e Fiocruz'],
    ],
  },
];

function brCompromissoMarcos(): Doc {
  const css = `@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.5; color: #333; hyphens: auto; }
.brk { break-before: page; }
h1 { font-size: 20pt; color: #071d41; margin: 0 0 12pt; font-weight: bold; }
p { margin: 0 0 7pt; text-align: justify; }
.rot { font-size: 10pt; color: #1351b4; font-weight: bold; letter-spacing: 2pt; margin: 0 0 4pt; }
.tit { font-size: 17pt; color: #071d41; font-weight: bold; line-height: 1.25; margin: 0 0 14pt; }
.capa { padding-top: 150pt; } .capa .a { font-size: 11pt; color: #1351b4; } .capa .b { font-size: 30pt; font-weight: bold; color: #071d41; margin: 14pt 0; line-height: 1.15; }
.capa .c { font-size: 18pt; color: #168821; }
table.d { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin-bottom: 10pt; }
table.d td { padding: 4pt 6pt; border-bottom: 0.5pt solid #ccc; vertical-align: top; }
table.d td.k { width: 26%; color: #1351b4; font-weight: bold; }
table.mc { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
table.mc th { background: #071d41; color: #fff; padding: 3pt 5pt; text-align: left; }
table.mc td { padding: 3pt 5pt; border-bottom: 0.5pt solid #ccc; vertical-align: top; }
${TOC_STYLE} .toc { font-size: 10pt; }`;
  const commitments: Labelled[] = BR_PLANO.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: null,
    marker: c.title,
  }));
  const toc = [
    'Apresentação',
    'Introdução',
    'Processo de cocriação',
    'Compromissos',
    'Monitoramento e avaliação',
  ];
  const html = (pages: Map<string, number>): string => {
    const one = (
      c: Compromisso,
      i: number,
    ): string => `<div class="brk"><div class="rot">COMPROMISSO ${i + 1}</div>
<div class="tit">${shy(c.title)}</div>
<table class="d">
<tr><td class="k">Órgão responsável</td><td>${esc(c.orgao)}</td></tr>
<tr><td class="k">Desafio</td><td>${shy(c.desafio)}</td></tr>
<tr><td class="k">Descrição do compromisso</td><td>${esc(c.descricao)}</td></tr>
<tr><td class="k">Resultado esperado</td><td>${esc(c.resultado)}</td></tr>
<tr><td class="k">Data de início</td><td>${(c.marcos[0] as [string, string, string, string])[1]}</td></tr>
<tr><td class="k">Data de término</td><td>${(c.marcos[c.marcos.length - 1] as [string, string, string, string])[2]}</td></tr>
<tr><td class="k">Outros atores envolvidos – Governo</td><td>${esc(c.governo)}</td></tr>
<tr><td class="k">Outros atores envolvidos – Sociedade civil</td><td>${esc(c.sociedade)}</td></tr>
</table>
<table class="mc"><tr><th style="width:5%">Nº</th><th>Marcos</th><th style="width:13%">Data de início</th><th style="width:13%">Data de término</th><th style="width:16%">Responsável</th></tr>
${c.marcos.map(([m, s, e, r], j) => `<tr><td>${j + 1}</td><td>${esc(m)}</td><td>${s}</td><td>${e}</td><td>${esc(r)}</td></tr>`).join('\n')}
</table></div>`;
    const body = `<div class="capa"><div class="a">CONTROLADORIA-GERAL DA UNIÃO</div>
<div class="b">6º Plano de Ação Nacional em Governo Aberto</div><div class="c">2024 – 2026</div></div>
<h1 class="brk">Sumário</h1>
${toc
  .slice(0, 4)
  .map((t) => tocEntry(t, pages.get(t), 0))
  .join('\n')}
${BR_PLANO.map((c, i) => tocEntry(`Compromisso ${i + 1}`, pages.get(c.title), 1)).join('\n')}
${tocEntry(toc[4] as string, pages.get(toc[4] as string), 0)}
<h1 class="brk">Apresentação</h1>
${para('O Brasil é um dos oito países fundadores da Parceria para Governo Aberto. Este 6º Plano de Ação Nacional reúne cinco compromissos, construídos em oficinas de cocriação com a participação de órgãos do governo federal e de organizações da sociedade civil, e reflete a retomada da participação social como método de governo.')}
<h1>Introdução</h1>
${para('Os compromissos deste plano tratam de temas definidos em consulta pública: transparência das emendas parlamentares, dados ambientais para o combate ao desmatamento, fortalecimento das ouvidorias municipais, monitoramento das políticas de igualdade racial e dados da saúde indígena. Cada compromisso é apresentado com o órgão responsável, o desafio a enfrentar, a descrição, o resultado esperado e os marcos com datas de início e de término.')}
<h1>Processo de cocriação</h1>
${para('O processo, coordenado pela Controladoria-Geral da União, teve três etapas: consulta pública sobre os temas, entre agosto e setembro de 2023, com 1.031 votos; oficinas de cocriação por tema, com a participação de 114 representantes do governo e da sociedade civil; e validação dos compromissos pelo Grupo de Trabalho da Sociedade Civil para Assessoramento em Governo Aberto.')}
<h1>Compromissos</h1>
${para('A seguir, cada compromisso é apresentado em uma página.')}
${BR_PLANO.map(one).join('\n')}
<h1 class="brk">Monitoramento e avaliação</h1>
${para('A implementação dos compromissos será acompanhada pela Controladoria-Geral da União, com reuniões periódicas de monitoramento abertas à sociedade civil. O estado de cada marco será publicado no Portal de Governo Aberto e revisado a cada quatro meses. Ao final do plano, será elaborado o relatório de autoavaliação.')}`;
    return htmlPage('pt-BR', '6º Plano de Ação Nacional em Governo Aberto', css, body);
  };
  return {
    name: 'pt-br-compromisso-marcos',
    kind: 'action-plan',
    family: 'label-above-title-marcos',
    language: 'pt',
    format: 'pdf',
    note: 'A Brazilian-style national plan: cover, "Sumário" whose commitment entries read only "Compromisso N" with a page, "reúne cinco compromissos"; each commitment on its own page as a small spaced-capitals line "COMPROMISSO N" above a large bold title (wrapping), a borderless description table (Órgão responsável, Desafio, Descrição, Resultado esperado, Data de início, Data de término, Outros atores) and a table of Marcos numbered 1, 2, 3 with start and end dates and Responsável.',
    html,
    commitments,
    header: 'Parceria para Governo Aberto · 6º Plano de Ação Nacional',
    toc,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Spanish regional plan published as a web page: a regional government's transparency portal, commitments
// as "Compromiso N." h3 under "Eje" h2 sections, fields as a definition list, a Valencian summary, news links.

interface Mesura {
  title: string;
  organo: string;
  otros: string;
  descripcion: string;
  actuaciones: Array<[string, string]>;
  indicador: string;
  plazo: string;
}

const VAL_EJES: Array<{ eje: string; items: Mesura[] }> = [
  {
    eje: 'Transparencia y datos abiertos',
    items: [
      {
        title: 'Agendas públicas de los altos cargos de la Generalitat',
        organo: 'Conselleria de Hacienda y Administración Pública – Dirección General de Transparencia',
        otros: 'Consejo de Transparencia de la Comunitat Valenciana; Fundación Civio',
        descripcion:
          'Todas las personas titulares de altos cargos publicarán su agenda semanal, con las reuniones mantenidas con grupos de interés inscritos en el Registro de Grupos de Interés, en formato reutilizable.',
        actuaciones: [
          ['Instrucción sobre el contenido mínimo de las agendas', 'primer trimestre de 2025'],
          [
            'Publicación de las agendas en el Portal de Transparencia GVA Oberta',
            'segundo trimestre de 2025',
          ],
          ['Conjunto de datos de agendas en el portal de datos abiertos', 'cuarto trimestre de 2025'],
        ],
        indicador: 'Porcentaje de altos cargos que publican su agenda cada semana.',
        plazo: 'Enero de 2025 – diciembre de 2025',
      },
      {
        title: 'Datos abiertos de calidad del aire y del agua en tiempo real',
        organo: 'Conselleria de Medio Ambiente, Agua, Infraestructuras y Territorio',
        otros: 'Universitat de València; asociaciones vecinales de l’Horta Sud',
        descripcion:
          'Publicar en tiempo real los datos de las estaciones de control de calidad del aire y de las redes de control de aguas de baño y de consumo, con un visor accesible y alertas para la ciudadanía.',
        actuaciones: [
          ['Inventario de las estaciones y redes de control', 'primer semestre de 2025'],
          ['Publicación de los datos en tiempo real mediante API abierta', 'segundo semestre de 2025'],
          ['Visor accesible y sistema de alertas', 'primer semestre de 2026'],
        ],
        indicador: 'Número de estaciones y puntos de control con datos publicados en tiempo real.',
        plazo: 'Enero de 2025 – junio de 2026',
      },
    ],
  },
  {
    eje: 'Participación ciudadana',
    items: [
      {
        title: 'Presupuestos participativos de la Generalitat para centros educativos',
        organo: 'Conselleria de Educación, Universidades y Empleo',
        otros: 'Federaciones de asociaciones de familias del alumnado; consejos escolares municipales',
        descripcion:
          'Destinar una partida del presupuesto de inversiones educativas a propuestas presentadas y votadas por la comunidad educativa, con seguimiento público de su ejecución.',
        actuaciones: [
          ['Bases de la convocatoria acordadas con la comunidad educativa', 'primer trimestre de 2025'],
          ['Fase de propuestas y votación en línea', 'segundo y tercer trimestre de 2025'],
          ['Ejecución y publicación del estado de cada propuesta', '2026'],
        ],
        indicador: 'Número de centros participantes y porcentaje de propuestas ejecutadas.',
        plazo: 'Enero de 2025 – diciembre de 2026',
      },
      {
        title: 'Participación de la infancia y la adolescencia en las políticas autonómicas',
        organo: 'Conselleria de Servicios Sociales, Igualdad y Vivienda',
        otros: 'Plataforma de Infancia; consejos locales de infancia',
        descripcion:
          'Crear el Consejo Autonómico de Infancia y Adolescencia, con representantes elegidos en los consejos locales, que será consultado sobre los planes y normas que afectan a niños, niñas y adolescentes.',
        actuaciones: [
          ['Decreto de creación del Consejo', 'segundo trimestre de 2025'],
          ['Elección de representantes y sesión constitutiva', 'cuarto trimestre de 2025'],
          ['Informe anual de las consultas y de las respuestas de la Generalitat', '2026'],
        ],
        indicador: 'Número de consultas realizadas y de respuestas motivadas publicadas.',
        plazo: 'Abril de 2025 – diciembre de 2026',
      },
    ],
  },
  {
    eje: 'Integridad pública',
    items: [
      {
        title: 'Canal de denuncias con protección de la persona informante',
        organo: 'Agencia de Prevención y Lucha contra el Fraude y la Corrupción de la Comunitat Valenciana',
        otros: 'Sindicatos de la función pública; Transparencia Internacional España',
        descripcion:
          'Poner en funcionamiento un canal de denuncias que permita la comunicación anónima, con un procedimiento de protección de la persona informante conforme a la Ley 2/2023 y estadísticas públicas de su uso.',
        actuaciones: [
          ['Adaptación del canal a la Ley 2/2023', 'primer semestre de 2025'],
          ['Campaña informativa para el personal de la Generalitat', 'segundo semestre de 2025'],
          ['Publicación semestral de estadísticas del canal', '2026'],
        ],
        indicador: 'Comunicaciones recibidas, tramitadas y resueltas por semestre.',
        plazo: 'Enero de 2025 – diciembre de 2026',
      },
    ],
  },
];

function esAutonomicaWeb(): Doc {
  const flat = VAL_EJES.flatMap((e) => e.items.map((c) => ({ ...c, eje: e.eje })));
  const commitments: Labelled[] = flat.map((c, i) => ({
    label: String(i + 1),
    title: c.title,
    theme: c.eje,
    marker: c.title,
  }));
  const html = (): string => {
    let n = 0;
    const art = (c: Mesura): string => {
      n++;
      return `<article class="compromiso" id="compromiso-${n}">
<h3>Compromiso ${n}. ${esc(c.title)}</h3>
<dl>
<dt>Órgano responsable</dt><dd>${esc(c.organo)}</dd>
<dt>Otros agentes implicados</dt><dd>${esc(c.otros)}</dd>
<dt>Descripción</dt><dd>${esc(c.descripcion)}</dd>
<dt>Plazo de ejecución</dt><dd>${esc(c.plazo)}</dd>
</dl>
<h4>Actuaciones</h4>
<ol>${c.actuaciones.map(([a, d]) => `<li>${esc(a)} (${esc(d)}).</li>`).join('')}</ol>
<h4>Indicador de seguimiento</h4>
<p>${esc(c.indicador)}</p>
</article>`;
    };
    const sections = VAL_EJES.map(
      (e, i) => `<h2 id="eje-${i + 1}">Eje ${i + 1}. ${esc(e.eje)}</h2>\n${e.items.map(art).join('\n')}`,
    ).join('\n');
    const body = `<div class="cookies" role="dialog"><p>Este sitio web utiliza cookies propias y de terceros para fines analíticos. <button>Aceptar</button> <button>Configurar</button></p></div>
<header class="gva"><a class="logo" href="/es/inicio">Generalitat Valenciana</a>
<nav class="idioma" aria-label="Idioma"><a href="/va/govern-obert/pla" lang="ca-valencia">Valencià</a> | <strong>Castellano</strong></nav>
<nav class="menu"><a href="/es/transparencia">Transparencia</a> <a href="/es/participacion">Participación</a> <a href="/es/datos-abiertos">Datos abiertos</a> <a href="/es/gobierno-abierto">Gobierno abierto</a> <a href="/es/noticias">Noticias</a></nav></header>
<nav class="migas" aria-label="Ruta"><a href="/es/inicio">Inicio</a> › <a href="/es/gobierno-abierto">Gobierno abierto</a> › II Plan de Gobierno Abierto</nav>
<div class="cols"><main>
<h1>II Plan de Gobierno Abierto de la Comunitat Valenciana 2025-2027</h1>
<p class="entradilla">El II Plan de Gobierno Abierto de la Comunitat Valenciana, aprobado por el Consell el 20 de diciembre de 2024 en el marco de la adhesión de la Generalitat a OGP Local, recoge cinco compromisos en tres ejes, elaborados con la ciudadanía y las entidades de la sociedad civil.</p>
<nav class="indice" aria-label="En esta página"><h2>En esta página</h2><ul><li><a href="#presentacion">Presentación</a></li><li><a href="#resum">Resum en valencià</a></li>${VAL_EJES.map((e, i) => `<li><a href="#eje-${i + 1}">Eje ${i + 1}. ${esc(e.eje)}</a></li>`).join('')}<li><a href="#seguimiento">Seguimiento</a></li></ul></nav>
<h2 id="presentacion">Presentación</h2>
<p>El plan es fruto de un proceso de cocreación desarrollado entre junio y noviembre de 2024, con cinco talleres presenciales en Alicante, Castellón, Valencia, Elche y Gandia y un proceso de participación en línea en la plataforma GVA Participa, en el que se recibieron 412 propuestas. El Foro de Gobierno Abierto, formado a partes iguales por la administración y por la sociedad civil, seleccionó las propuestas y acordó la redacción de los compromisos con los órganos responsables.</p>
<p>Cada compromiso indica el órgano responsable, los agentes implicados, las actuaciones previstas con su calendario y un indicador de seguimiento. El grado de avance se publicará cada semestre en esta misma página.</p>
<section id="resum" lang="ca-valencia" class="resum"><h2>Resum en valencià</h2>
<p>El II Pla de Govern Obert de la Comunitat Valenciana 2025-2027 arreplega cinc compromisos en tres eixos: transparència i dades obertes, participació ciutadana i integritat pública. Els compromisos s’han elaborat amb la ciutadania i les entitats de la societat civil i se’n publicarà l’avanç cada semestre.</p></section>
${sections}
<h2 id="seguimiento">Seguimiento</h2>
<p>El Foro de Gobierno Abierto se reunirá cada seis meses para revisar el avance de las actuaciones. La Dirección General de Transparencia publicará en esta página un informe semestral de avance y, al término del plan, un informe final de autoevaluación.</p>
<p class="descarga"><a href="/documents/II-Plan-Gobierno-Abierto-CV-2025-2027.pdf">Descargar el plan completo (PDF, 1,2 MB)</a> · <a href="/documents/II-Pla-Govern-Obert-CV-2025-2027.pdf" lang="ca-valencia">Descarregar el pla (PDF, 1,2 MB)</a></p>
<p class="fecha">Última actualización: 14 de enero de 2025</p>
</main>
<aside class="relacionadas"><h2>Noticias relacionadas</h2><ul>
<li><a href="/es/noticias/2024/12/20/consell-aprueba-plan-gobierno-abierto">El Consell aprueba el II Plan de Gobierno Abierto con cinco compromisos</a> <span>20/12/2024</span></li>
<li><a href="/es/noticias/2024/11/08/foro-gobierno-abierto">El Foro de Gobierno Abierto selecciona las propuestas ciudadanas</a> <span>08/11/2024</span></li>
<li><a href="/es/noticias/2024/06/12/talleres-cocreacion">Abiertos los talleres de cocreación del nuevo plan</a> <span>12/06/2024</span></li>
</ul><h2>Enlaces</h2><ul><li><a href="https://www.opengovpartnership.org/es/members/valencia-spain/">Comunitat Valenciana en OGP Local</a></li><li><a href="/es/gobierno-abierto/i-plan">I Plan de Gobierno Abierto (2022-2024)</a></li></ul></aside></div>
<footer class="pie"><p>Generalitat Valenciana · Palau de la Generalitat, carrer dels Cavallers, 2, 46001 València</p><p><a href="/es/aviso-legal">Aviso legal</a> · <a href="/es/accesibilidad">Accesibilidad</a> · <a href="/es/privacidad">Privacidad</a> · <a href="/es/mapa-web">Mapa web</a></p></footer>`;
    const css = `body { font-family: 'Liberation Sans', sans-serif; margin: 0; color: #2b2b2b; font-size: 15px; }
header.gva { background: #c4161c; color: #fff; padding: 10px 24px; } header.gva a { color: #fff; margin-right: 12px; }
.migas { padding: 8px 24px; font-size: 13px; } .cols { display: flex; gap: 28px; padding: 0 24px; } main { flex: 3; } aside { flex: 1; font-size: 13px; }
h1 { font-size: 30px; } h2 { font-size: 22px; border-bottom: 2px solid #c4161c; } h3 { font-size: 18px; color: #c4161c; }
article.compromiso { background: #faf6f6; padding: 4px 16px; margin: 14px 0; } dt { font-weight: bold; } dd { margin: 0 0 6px 0; }
.resum { background: #f0f0f0; padding: 6px 14px; } .cookies { background: #222; color: #fff; padding: 8px 24px; font-size: 13px; }`;
    return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>II Plan de Gobierno Abierto de la Comunitat Valenciana 2025-2027 - Generalitat Valenciana</title><meta name="description" content="Compromisos del II Plan de Gobierno Abierto de la Comunitat Valenciana en el marco de OGP Local"><style>${css}</style></head><body>${body}</body></html>`;
  };
  return {
    name: 'es-autonomica-web',
    kind: 'action-plan',
    family: 'regional-web-page',
    language: 'es',
    format: 'html',
    note: 'A Spanish regional (OGP Local) plan published as a web page of the regional government: cookie banner, header menu with a language switch, breadcrumb, an "En esta página" list of the ejes, a Valencian summary section ("cinc compromisos en tres eixos"), "recoge cinco compromisos en tres ejes"; h2 "Eje N. …" with h3 "Compromiso N. Título" (numbered across the plan) inside an article, fields as a definition list (órgano responsable, otros agentes, descripción, plazo), h4 "Actuaciones" as a numbered list with dates and an indicator; an aside of related news headlines (one names "cinco compromisos"), download links and a footer.',
    html,
    commitments,
  };
}

// ---------------------------------------------------------------------------------------------------------
// IRM results report in Spanish (Uruguay-style dotted commitment numbers): "Nivel de cumplimiento" per
// commitment, a summary table, numbered recommendations and a methodology annex with the scale.

interface Resultado {
  label: string;
  title: string;
  nivel: string;
  abrir: string;
  resumen: string;
  analisis: string;
}

const UY_RES: Resultado[] = [
  {
    label: '1.2',
    title: 'Observatorio de compras públicas con participación ciudadana',
    nivel: 'Sustancial',
    abrir: 'Marginal',
    resumen:
      'Se publicó el observatorio con datos de compras de los organismos de la Administración Central; no se incorporaron las empresas públicas.',
    analisis:
      'La Agencia Reguladora de Compras Estatales puso en línea el observatorio en noviembre de 2022, con indicadores de competencia y de plazos por organismo. Las organizaciones consultadas valoraron la información publicada, pero señalaron que la ausencia de las empresas públicas, que concentran buena parte del gasto, limita su utilidad. Las mesas de diálogo con usuarios previstas se realizaron solo una vez.',
  },
  {
    label: '1.4',
    title: 'Datos abiertos de la ejecución presupuestal de los gobiernos departamentales',
    nivel: 'Limitado',
    abrir: 'No cambió',
    resumen:
      'Solo seis de los diecinueve gobiernos departamentales publicaron datos de ejecución en el formato acordado.',
    analisis:
      'El Congreso de Intendentes aprobó en 2022 un formato común para la publicación de la ejecución presupuestal, pero su adopción fue voluntaria. Al cierre del plan, seis departamentos publicaban datos trimestrales; el resto continuaba publicando informes anuales en PDF.',
  },
  {
    label: '2.1',
    title: 'Participación ciudadana en la elaboración del Plan Nacional de Aguas',
    nivel: 'Completo',
    abrir: 'Mayor',
    resumen:
      'Se realizaron las mesas regionales previstas y la versión revisada del plan incorporó propuestas ciudadanas con respuesta pública a cada una.',
    analisis:
      'El Ministerio de Ambiente convocó mesas en las tres regiones hidrográficas, con participación de usuarios, productores y organizaciones ambientales. El informe de devolución explica, propuesta por propuesta, si se incorporó y por qué. El IRM considera que el compromiso cambió la práctica del Ministerio en la elaboración de sus planes.',
  },
  {
    label: '2.3',
    title: 'Consejos consultivos de salud mental con usuarios y familias',
    nivel: 'No iniciado',
    abrir: 'No cambió',
    resumen: 'El decreto de creación de los consejos no fue aprobado durante el período del plan.',
    analisis:
      'El Ministerio de Salud Pública elaboró un borrador de decreto que fue discutido con organizaciones de usuarios, pero no llegó a aprobarse. Ninguno de los consejos previstos se constituyó.',
  },
  {
    label: '3.1',
    title: 'Transparencia activa en el Poder Judicial: publicación de sentencias en formato abierto',
    nivel: 'Sustancial',
    abrir: 'Marginal',
    resumen:
      'Las sentencias de segunda instancia y de la Suprema Corte se publican anonimizadas en la Base de Jurisprudencia Nacional; las de primera instancia, solo en dos materias.',
    analisis:
      'El Poder Judicial amplió la Base de Jurisprudencia Nacional y habilitó la descarga de los datos. Las organizaciones de periodistas destacaron la mejora, aunque advirtieron demoras de varios meses en la publicación.',
  },
];

function esIrmCumplimiento(): Doc {
  const css = `@page { size: A4; margin: 24mm 22mm 22mm 22mm; }
body { font-family: 'Liberation Serif'; font-size: 10.5pt; line-height: 1.45; color: #1f1f1f; }
.brk { break-before: page; }
h1 { font-family: 'Liberation Sans'; font-size: 20pt; color: #0b4a6f; margin: 0 0 12pt; }
h2 { font-family: 'Liberation Sans'; font-size: 15pt; color: #0b4a6f; margin: 16pt 0 8pt; }
h3 { font-family: 'Liberation Sans'; font-size: 11.5pt; margin: 16pt 0 6pt; }
p { margin: 0 0 7pt; text-align: justify; }
.tapa { padding-top: 120pt; font-family: 'Liberation Sans'; } .tapa .a { color: #0b4a6f; font-size: 12pt; } .tapa .b { font-size: 26pt; font-weight: bold; margin: 16pt 0; }
table.s { width: 100%; border-collapse: collapse; font-family: 'Liberation Sans'; font-size: 8.5pt; margin: 6pt 0 10pt; }
table.s td, table.s th { border: 0.5pt solid #9ab; padding: 3pt 4pt; text-align: left; vertical-align: top; } table.s th { background: #0b4a6f; color: #fff; }
table.k { border-collapse: collapse; font-family: 'Liberation Sans'; font-size: 9pt; margin: 4pt 0 8pt; width: 70%; }
table.k td { padding: 3pt 6pt; background: #e8f0f5; border: 1pt solid #fff; } table.k td.v { font-weight: bold; }
${TOC_STYLE} .toc { font-family: 'Liberation Sans'; font-size: 10pt; }`;
  const commitments: Labelled[] = UY_RES.map((c) => ({
    label: c.label,
    title: c.title,
    theme: null,
    reportedStatus: c.nivel,
    marker: `Compromiso ${c.label}. ${c.title}`,
  }));
  const K = {
    s1: 'Sección I: Aspectos destacados y recomendaciones',
    s2: 'Sección II: Resultados de la implementación',
    s3: 'Sección III: Análisis de los compromisos',
    s4: 'Sección IV: Participación y cocreación',
    a1: 'Anexo: Metodología',
  };
  const toc = Object.values(K);
  const html = (pages: Map<string, number>): string => {
    const analisis = UY_RES.map(
      (c) => `<h3>Compromiso ${c.label}. ${esc(c.title)}</h3>
<table class="k"><tr><td>Nivel de cumplimiento</td><td class="v">${c.nivel}</td></tr><tr><td>¿Contribuyó a abrir el gobierno?</td><td class="v">${c.abrir}</td></tr></table>
<p><i>En breve:</i> ${esc(c.resumen)}</p>
<p>${esc(c.analisis)}</p>`,
    ).join('\n');
    const body = `<div class="tapa"><div class="a">Mecanismo de Revisión Independiente (IRM)</div>
<div class="b">Informe de resultados:<br>Uruguay 2021–2024</div>
<p>Este informe evalúa la implementación del quinto plan de acción nacional de Uruguay y los resultados alcanzados por sus compromisos al término del período.</p></div>
<h1 class="brk">Índice</h1>
${toc.map((t) => tocEntry(t, pages.get(t), 0)).join('\n')}
<h1 class="brk">${K.s1}</h1>
${para('El quinto plan de acción de Uruguay contenía 22 compromisos en cinco ejes. Al término del período, nueve compromisos alcanzaron un nivel de cumplimiento completo y ocho un nivel sustancial. El IRM destaca los avances en la participación ciudadana en la planificación ambiental y en la apertura de la información judicial.')}
<p><b>Recomendaciones del IRM</b></p>
<ol><li>Incluir a las empresas públicas en las iniciativas de transparencia de las compras estatales.</li><li>Acordar con los gobiernos departamentales compromisos con obligaciones de publicación, y no solo formatos voluntarios.</li><li>Asegurar, antes de incluir un compromiso en el plan, que las normas que requiere cuentan con respaldo político.</li><li>Mantener las mesas de diálogo con usuarios durante toda la implementación.</li></ol>
<h1 class="brk">${K.s2}</h1>
${para('La tabla siguiente resume el nivel de cumplimiento y la contribución a la apertura del gobierno de los compromisos analizados en este informe. La evaluación de los demás compromisos figura en el repositorio del IRM.')}
<table class="s"><tr><th style="width:8%">N.º</th><th>Compromiso (título abreviado)</th><th style="width:18%">Nivel de cumplimiento</th><th style="width:22%">¿Contribuyó a abrir el gobierno?</th></tr>
${UY_RES.map((c) => `<tr><td>${c.label}</td><td>${esc(c.title.split(':')[0] as string)}</td><td>${c.nivel}</td><td>${c.abrir}</td></tr>`).join('\n')}
</table>
<h1 class="brk">${K.s3}</h1>
${para('Esta sección analiza los compromisos que, según la revisión del plan de acción, tenían un potencial de resultados sustancial, y aquellos sobre los que las partes interesadas pidieron una evaluación específica. Para cada uno se indica el nivel de cumplimiento y si contribuyó a abrir el gobierno.')}
${analisis}
<h1 class="brk">${K.s4}</h1>
${para('El Grupo de Trabajo de Gobierno Abierto se reunió en once ocasiones durante la implementación y publicó sus actas. El IRM considera que Uruguay actuó de acuerdo con el proceso de OGP.')}
<h1>${K.a1}</h1>
${para('El IRM valora el nivel de cumplimiento de cada compromiso con la escala: no iniciado, limitado, sustancial o completo. La contribución a la apertura del gobierno se valora con la escala: empeoró, no cambió, marginal, mayor o sobresaliente. La evaluación se basa en la revisión documental, el informe de autoevaluación del gobierno y entrevistas con las partes interesadas.')}`;
    return htmlPage('es-UY', 'Informe de resultados: Uruguay 2021–2024', css, body);
  };
  return {
    name: 'es-irm-cumplimiento',
    kind: 'irm-report',
    family: 'irm-results-cumplimiento',
    language: 'es',
    format: 'pdf',
    note: 'An IRM results report in Spanish on a plan of dotted commitment numbers (Uruguay-style "1.2", "2.3"): cover, índice, highlights with numbered recommendations (trap), "contenía 22 compromisos" (the plan\'s count, not the report\'s), a summary table N.º | Compromiso | Nivel de cumplimiento | ¿Contribuyó a abrir el gobierno?, then "Compromiso 1.2. Título" h3 headings each followed by a two-row box (Nivel de cumplimiento: Completo/Sustancial/Limitado/No iniciado; ¿Contribuyó a abrir el gobierno?: Marginal/No cambió/Mayor) and a paragraph; a methodology annex naming both scales.',
    html,
    commitments,
    header: 'IRM · Informe de resultados: Uruguay 2021–2024',
    toc,
  };
}

export const DOCS_O: Doc[] = [
  arEjesFichas(),
  clCompromisoNumero(),
  pyMatrizPaisaje(),
  brCompromissoMarcos(),
  esAutonomicaWeb(),
  esIrmCumplimiento(),
];
