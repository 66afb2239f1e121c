import { expectTypeOf } from "vitest";
import type * as z from "zod";
import type { ReportDate, ReportFigure } from "@unsms/reference-data";
import type { ReportDateSchema, ReportFigureSchema } from "@unsms/reference-data/schema";

// The hand-written readonly types and their schemas: a drift on either side fails `tsc`.
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
expectTypeOf<z.output<typeof ReportFigureSchema>>().toEqualTypeOf<Mutable<ReportFigure>>();
expectTypeOf<z.output<typeof ReportDateSchema>>().toEqualTypeOf<Mutable<ReportDate>>();
