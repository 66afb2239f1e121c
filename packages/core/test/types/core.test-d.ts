// Type-level tests: checked by the package's typecheck target (tsc over test/), so a drift
// between a schema and its type, a brand that stops biting, or a widened error union fails
// the build.
import type * as Result from "effect/Result";
import { expectTypeOf } from "vitest";
import type * as z from "zod";
import {
  addMoney,
  catchUnreadable,
  divideRatios,
  divideRoundHalfUp,
  isListUpTo,
  makeMoney,
  makeRatio,
  parseInstant,
  parseMoney,
  sumMoney,
  USD,
  type CurrencyMismatch,
  type DivisionByZero,
  type DutyStationId,
  type InvalidAmount,
  type InvalidInstant,
  type Money,
  type NotAnInteger,
  type OrganizationId,
  type PassId,
  type PersonId,
  type PostId,
  type Rate,
  type Ratio,
  type UnitId,
  type UnknownCurrency,
} from "@unsms/core";
import {
  boundedRefinement,
  type CitationSchema,
  decode,
  type DutyStationIdSchema,
  type InstantSchema,
  OrganizationIdSchema,
  type PassIdSchema,
  type PersonIdSchema,
  type PostIdSchema,
  type ReportIssue,
  type UnitIdSchema,
} from "@unsms/core/schema";
import type { Citation, DecodeError } from "@unsms/core";

// brands: a plain string is not an id, and one kind of id is not another
expectTypeOf<string>().not.toExtend<OrganizationId>();
expectTypeOf<PersonId>().not.toExtend<OrganizationId>();
expectTypeOf<OrganizationId>().toExtend<string>();
expectTypeOf<z.output<typeof OrganizationIdSchema>>().toEqualTypeOf<OrganizationId>();
expectTypeOf<z.output<typeof PersonIdSchema>>().toEqualTypeOf<PersonId>();
expectTypeOf<z.output<typeof DutyStationIdSchema>>().toEqualTypeOf<DutyStationId>();
expectTypeOf<z.output<typeof PassIdSchema>>().toEqualTypeOf<PassId>();
expectTypeOf<z.output<typeof PostIdSchema>>().toEqualTypeOf<PostId>();
expectTypeOf<z.output<typeof UnitIdSchema>>().toEqualTypeOf<UnitId>();
// each id is its own brand over string, and reads a string
expectTypeOf<DutyStationId>().toEqualTypeOf<string & z.$brand<"DutyStationId">>();
expectTypeOf<OrganizationId>().toEqualTypeOf<string & z.$brand<"OrganizationId">>();
expectTypeOf<PassId>().toEqualTypeOf<string & z.$brand<"PassId">>();
expectTypeOf<PersonId>().toEqualTypeOf<string & z.$brand<"PersonId">>();
expectTypeOf<PostId>().toEqualTypeOf<string & z.$brand<"PostId">>();
expectTypeOf<UnitId>().toEqualTypeOf<string & z.$brand<"UnitId">>();
expectTypeOf<z.input<typeof UnitIdSchema>>().toEqualTypeOf<string>();
expectTypeOf<PostId>().not.toExtend<UnitId>();
expectTypeOf<PassId>().not.toExtend<PersonId>();

const _decodeResult = decode(OrganizationIdSchema, "UNDP");
const _makeRatioResult = makeRatio(1, 2);
const _parseInstantResult = parseInstant("2006-06-30T12:00:00Z");
const _parseMoneyResult = parseMoney("1.00", USD);
const _addMoneyResult = addMoney(makeMoney(1n, USD), makeMoney(1n, USD));
const _sumMoneyResult = sumMoney(USD, []);
const _divideRatiosResult = divideRatios({ numerator: 1n, denominator: 2n }, { numerator: 1n, denominator: 3n });
const _divideRoundHalfUpResult = divideRoundHalfUp(1n, 2n);

// decode returns the schema's output or a DecodeError, nothing wider
expectTypeOf<typeof _decodeResult>().toEqualTypeOf<Result.Result<OrganizationId, DecodeError>>();

// the citation schema and the Citation type are one definition
expectTypeOf<z.output<typeof CitationSchema>>().toExtend<Citation>();

// the error unions are exactly what the functions can return
expectTypeOf<typeof _makeRatioResult>().toEqualTypeOf<Result.Result<Ratio, DivisionByZero | NotAnInteger>>();
expectTypeOf<typeof _parseInstantResult>().toEqualTypeOf<Result.Result<Date, InvalidInstant>>();
expectTypeOf<typeof _parseMoneyResult>().toEqualTypeOf<Result.Result<Money, InvalidAmount>>();
expectTypeOf<typeof _addMoneyResult>().toEqualTypeOf<Result.Result<Money, CurrencyMismatch | InvalidAmount>>();
expectTypeOf<typeof _sumMoneyResult>().toEqualTypeOf<Result.Result<Money, CurrencyMismatch | InvalidAmount>>();
expectTypeOf<typeof _divideRatiosResult>().toEqualTypeOf<Result.Result<Ratio, DivisionByZero | NotAnInteger>>();
expectTypeOf<typeof _divideRoundHalfUpResult>().toEqualTypeOf<Result.Result<bigint, DivisionByZero | NotAnInteger>>();
expectTypeOf<Rate>().toEqualTypeOf<Ratio>();
expectTypeOf(makeMoney(1n, USD)).toEqualTypeOf<Money>();
expectTypeOf<CurrencyMismatch["_tag"]>().toEqualTypeOf<"CurrencyMismatch">();
expectTypeOf<UnknownCurrency["_tag"]>().toEqualTypeOf<"UnknownCurrency">();

// a Ratio is read-only
expectTypeOf<Ratio>().toEqualTypeOf<{ readonly numerator: bigint; readonly denominator: bigint }>();

// the instant schema gives what parseInstant gives
expectTypeOf<z.output<typeof InstantSchema>>().toEqualTypeOf<Result.Result.Success<typeof _parseInstantResult>>();
expectTypeOf<z.input<typeof InstantSchema>>().toEqualTypeOf<string>();

// catchUnreadable gives back exactly the body's type (its parameters, their names and
// optionality: what an editor and the API reference show), and its net may only build an
// error the body can already return
declare const body: (text: string, places?: number) => Result.Result<number, InvalidAmount | NotAnInteger>;
declare const onThrow: () => NotAnInteger;
const _guarded = catchUnreadable(body, onThrow);
expectTypeOf(_guarded).toEqualTypeOf(body);
expectTypeOf<Parameters<typeof _guarded>>().toEqualTypeOf<[text: string, places?: number | undefined]>();
declare const narrowBody: (text: string) => Result.Result<number, InvalidAmount>;
// @ts-expect-error: NotAnInteger is not an error of narrowBody
catchUnreadable(narrowBody, onThrow);

// isListUpTo keeps the element type of a list, and narrows anything else to a list of unknown
declare const names: ReadonlyArray<string> | undefined;
declare const counts: Array<number> | null;
declare const anything: unknown;
declare const textOrList: string | ReadonlyArray<number>;
if (isListUpTo(names, 3)) expectTypeOf(names).toEqualTypeOf<ReadonlyArray<string>>();
if (isListUpTo(counts, 3)) expectTypeOf(counts).toEqualTypeOf<Array<number>>();
if (isListUpTo(anything, 3)) expectTypeOf(anything).toEqualTypeOf<ReadonlyArray<unknown>>();
if (isListUpTo(textOrList, 3)) expectTypeOf(textOrList).toEqualTypeOf<ReadonlyArray<number>>();
// @ts-expect-error the limit is a number
isListUpTo(names, "3");

// a bounded refinement's check is handed the refined schema's output and the reporter, and
// leaves the schema's type as it was
declare const Names: z.ZodArray<z.ZodString>;
const checkedNames = Names.superRefine(
  boundedRefinement((names, report) => {
    expectTypeOf(names).toEqualTypeOf<Array<string>>();
    expectTypeOf(report).toEqualTypeOf<ReportIssue>();
  }),
);
expectTypeOf(checkedNames).toEqualTypeOf<z.ZodArray<z.ZodString>>();
// @ts-expect-error a problem's path is a list of keys and indexes
Names.superRefine(boundedRefinement((_names, report) => report("0", "x", "a name")));
