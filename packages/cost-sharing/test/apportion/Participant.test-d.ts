import type { OrganizationId } from "@unsms/core";
import type { CostShareRequest, Participant, Payment } from "@unsms/cost-sharing";
import type { CostShareRequestSchema, ParticipantSchema, PaymentJsonSchema } from "@unsms/cost-sharing/schema";
import type * as Result from "effect/Result";
import { expectTypeOf } from "vitest";
import type * as z from "zod";
import type { readCostShareRequest } from "@unsms/cost-sharing/schema";

type Decoded = z.output<typeof ParticipantSchema>;

// One definition: ParticipantSchema. The decoded participant brands its id, the
// Participant the pure functions take does not (decided once: brands live at the
// boundary); the rest is the same, and a decoded participant is a Participant.
expectTypeOf<Decoded["id"]>().toEqualTypeOf<OrganizationId>();
expectTypeOf<Decoded>().toExtend<Participant>();
expectTypeOf<keyof Participant>().toEqualTypeOf<keyof Decoded>();
expectTypeOf<Participant["headcount"]>().toEqualTypeOf<Decoded["headcount"]>();
expectTypeOf<Participant["id"]>().toEqualTypeOf<string>();

// The request: its participants are the schema's, its payments name the same fields as
// the JSON ones (amounts as Money instead of decimal strings), and the reader returns it.
type RequestJson = z.output<typeof CostShareRequestSchema>;
expectTypeOf<RequestJson["participants"][number]>().toEqualTypeOf<Decoded>();
expectTypeOf<RequestJson["participants"][number]>().toExtend<CostShareRequest["participants"][number]>();
type PaymentFields<P> = P extends unknown ? keyof P : never;
expectTypeOf<PaymentFields<z.output<typeof PaymentJsonSchema>>>().toEqualTypeOf<PaymentFields<Payment>>();
type Read = ReturnType<typeof readCostShareRequest> extends Result.Result<infer A, infer _E> ? A : never;
expectTypeOf<Read>().toEqualTypeOf<CostShareRequest>();
