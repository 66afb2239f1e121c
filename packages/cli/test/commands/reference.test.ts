import { describe, expect, test } from "vitest";
import { ReferenceData } from "@unsms/sdk";
import { unsmsOver } from "../support/unsms";

const unsms = unsmsOver({});

describe("unsms reference", () => {
  test("prints every dataset, not only staffing, with --json too", async () => {
    const json = await unsms("reference", "--json");
    expect(json.code).toBe(0);
    const body = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(Object.keys(ReferenceData.referenceDatasets));
    expect(body).toMatchObject({
      dssOperations: { standbyDeploymentHours: { value: { from: 24, to: 48 } } },
      reportTimeline: { reclassificationEffective: { value: { year: 2007, month: 1 } } },
    });
    const text = await unsms("reference");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("dssAtAGlance.staff.value = 1830  (A/61/531, ¶8)");
    expect(text.stdout).toContain("passWorkload2006.value[0].visitors = 646550  (A/61/531, ¶39, Table 2)");
    expect((await unsms("reference", "dssOperations", "--json")).stdout).toContain('"rosterCountries"');
    expect((await unsms("reference", "staffing", "--json")).code).toBe(0);
  });

  test("figures --json prints {figures: [{value, meaning, location, status, where}]}", async () => {
    const { code, stdout } = await unsms("reference", "figures", "--json");
    expect(code).toBe(0);
    const body = JSON.parse(stdout) as { figures: Array<Record<string, string>> };
    expect(Object.keys(body)).toEqual(["figures"]);
    expect(body.figures.length).toBe(ReferenceData.reportFigures.length);
    for (const figure of body.figures)
      expect(Object.keys(figure)).toEqual(["value", "meaning", "location", "status", "where"]);
    expect(body.figures).toContainEqual(
      expect.objectContaining({
        value: "2008–2009",
        location: "¶51",
        status: "typed",
        where: "reportTimeline.crisisManagementBiennium.value",
      }),
    );
    expect(body.figures).toContainEqual(
      expect.objectContaining({ value: "about 120", location: "¶22", status: "typed" }),
    );
    expect(body.figures.some((figure) => figure.status === "narrative")).toBe(true);
    const text = await unsms("reference", "figures");
    expect(text.stdout).toMatch(/^338 figures of A\/61\/531: 332 typed, 6 narrative/);
  });
});
