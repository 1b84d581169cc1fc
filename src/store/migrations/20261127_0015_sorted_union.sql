-- The days of a detector pass are a sorted set kept as a JSON array (job.repository.ts:
-- enqueueDetectDays): this is their union, written once instead of in every branch that merges them.
create function sorted_union(a jsonb, b jsonb) returns jsonb language sql immutable as $$
  select coalesce(jsonb_agg(distinct d order by d), '[]'::jsonb)
  from jsonb_array_elements_text(coalesce(a, '[]'::jsonb) || coalesce(b, '[]'::jsonb)) as t(d)
$$;
