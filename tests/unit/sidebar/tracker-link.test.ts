import { describe, expect, it } from 'vitest';
import { trackerLink, trackerPlanPath } from '../../../src/core/document/tracker-link.ts';
import { planIdOf, type PlanRecord } from '../../../src/core/model/plan-record.ts';
import { trackerPlanLink } from '../../../src/sidebar/sidebar-selectors.ts';
import {
  initialSidebarState,
  sidebarReducer,
  type SidebarState,
} from '../../../src/sidebar/sidebar-state.ts';

const GROUP = 'AAAAAAAA-1111-4111-8111-111111111111';
const DOC = 'https://www.gov.example/plan';

const record = (uri: string): PlanRecord => ({
  id: planIdOf(uri),
  document: { uri, alternates: [] },
  fingerprint: null,
  title: 'Plan',
  kind: 'action-plan',
  language: 'en',
  commitments: [{ label: '1', title: 'Open contracting' }],
  group: GROUP.toLowerCase(),
  updated: '2026-02-01T00:00:00.000Z',
  version: 1,
});

describe('links to the public tracker', () => {
  it("is the server's origin and the group's page, for http and https only", () => {
    expect(trackerLink('https://sync.example.org/some/path?x=1', GROUP)).toBe(
      `https://sync.example.org/tracker/groups/${GROUP.toLowerCase()}`,
    );
    expect(trackerLink('http://127.0.0.1:8080', GROUP)).toBe(
      `http://127.0.0.1:8080/tracker/groups/${GROUP.toLowerCase()}`,
    );
    expect(trackerLink('javascript:alert(1)', GROUP)).toBeNull();
    expect(trackerLink('not a url', GROUP)).toBeNull();
    expect(trackerPlanPath(GROUP, 'B')).toBe(`/tracker/groups/${GROUP.toLowerCase()}/plans/b`);
  });

  it("links the sidebar's summary to the plan's page only when the group shares this document", () => {
    const tracker = trackerLink('https://sync.example.org', GROUP);
    const loaded = (plans: PlanRecord[], link: string | null): SidebarState => {
      const state = { ...initialSidebarState, documentUri: DOC };
      return sidebarReducer(state, { type: 'groupPlansLoaded', plans, tracker: link });
    };
    expect(trackerPlanLink(loaded([record(DOC)], tracker))).toBe(`${tracker}/plans/${planIdOf(DOC)}`);
    // Another document of the group's, or no sign-in: no link.
    expect(trackerPlanLink(loaded([record('https://www.gov.example/other')], tracker))).toBeNull();
    expect(trackerPlanLink(loaded([record(DOC)], null))).toBeNull();
    expect(trackerPlanLink({ ...loaded([record(DOC)], tracker), documentUri: null })).toBeNull();
  });
});
