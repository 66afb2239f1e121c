import { expectTypeOf, test } from "vitest";
import type * as z from "zod";
import type * as Result from "effect/Result";
import {
  mayAppoint,
  type AppointmentDecision,
  type Course,
  type TrainingRecord,
  type UnknownRole,
} from "@unsms/training";
import type { CourseSchema, TrainingRecordSchema } from "@unsms/training/schema";

test("the schemas decode to the types the functions take", () => {
  expectTypeOf<z.output<typeof CourseSchema>>().toExtend<Course>();
  expectTypeOf<keyof z.output<typeof CourseSchema>>().toEqualTypeOf<keyof Course>();
  expectTypeOf<z.output<typeof TrainingRecordSchema>>().toExtend<TrainingRecord>();
  expectTypeOf<keyof z.output<typeof TrainingRecordSchema>>().toEqualTypeOf<keyof TrainingRecord>();
  expectTypeOf<keyof z.output<typeof TrainingRecordSchema>["completed"][number]>().toEqualTypeOf<
    keyof TrainingRecord["completed"][number]
  >();
});

test("mayAppoint fails only with UnknownRole", () => {
  expectTypeOf(mayAppoint).returns.toEqualTypeOf<Result.Result<AppointmentDecision, UnknownRole>>();
});
