// Each input type of @unsms/staffing has one definition: its zod schema. The readonly
// interfaces the functions take must equal the schemas' outputs (made readonly), and the
// vocabulary types the enums' outputs, so that a change on one side only fails `tsc`.
import type * as z from "zod";
import { expectTypeOf, test } from "vitest";
import type {
  Category,
  CoveragePolicy,
  CoverageRequest,
  FillCount,
  FundingSource,
  Grade,
  Incumbent,
  Post,
  PostGroup,
  PostStatus,
  ReclassificationCostTable,
  StaffingTable,
  SummaryDimension,
  Unit,
} from "@unsms/staffing";
import type {
  CategorySchema,
  CoveragePolicySchema,
  CoverageRequestSchema,
  FillCountSchema,
  FundingSourceSchema,
  GradeSchema,
  IncumbentSchema,
  PostGroupSchema,
  PostSchema,
  PostStatusSchema,
  ReclassificationCostTableSchema,
  StaffingTableSchema,
  SummaryDimensionSchema,
  UnitSchema,
} from "@unsms/staffing/schema";
import type { DeepReadonly } from "../../../../tools/vitest/DeepReadonly";

type Out<S extends z.ZodType> = DeepReadonly<z.output<S>>;

test("every interface is its schema's output, readonly", () => {
  expectTypeOf<Unit>().toEqualTypeOf<Out<typeof UnitSchema>>();
  expectTypeOf<Incumbent>().toEqualTypeOf<Out<typeof IncumbentSchema>>();
  expectTypeOf<Post>().toEqualTypeOf<Out<typeof PostSchema>>();
  expectTypeOf<PostGroup>().toEqualTypeOf<Out<typeof PostGroupSchema>>();
  expectTypeOf<FillCount>().toEqualTypeOf<Out<typeof FillCountSchema>>();
  expectTypeOf<StaffingTable>().toEqualTypeOf<Out<typeof StaffingTableSchema>>();
  expectTypeOf<ReclassificationCostTable>().toEqualTypeOf<Out<typeof ReclassificationCostTableSchema>>();
  expectTypeOf<CoveragePolicy>().toEqualTypeOf<Out<typeof CoveragePolicySchema>>();
  expectTypeOf<CoverageRequest>().toEqualTypeOf<Out<typeof CoverageRequestSchema>>();
});

test("every vocabulary type is its enum schema's output", () => {
  expectTypeOf<Category>().toEqualTypeOf<z.output<typeof CategorySchema>>();
  expectTypeOf<Grade>().toEqualTypeOf<z.output<typeof GradeSchema>>();
  expectTypeOf<FundingSource>().toEqualTypeOf<z.output<typeof FundingSourceSchema>>();
  expectTypeOf<PostStatus>().toEqualTypeOf<z.output<typeof PostStatusSchema>>();
  expectTypeOf<SummaryDimension>().toEqualTypeOf<z.output<typeof SummaryDimensionSchema>>();
});
