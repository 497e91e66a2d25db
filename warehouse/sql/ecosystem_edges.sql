-- The ecosystem graph: one row per edge between organizations, programmes and funding schemes.
with member_of as (
    select org_id as from_id, 'organization' as from_type, programme_id as to_id, 'programme' as to_type,
           'member_of' as relation, count(*)::double as weight, any_value(url) as evidence
    from memberships
    where org_id is not null
    group by all
),

part_of as (
    select org_id, 'organization', parent_org_id, 'organization', 'part_of', 1, website
    from research_units
    where parent_org_id is not null
),

collaborates_with as (
    select org_id, 'organization', unnest(partner_org_ids), 'organization', 'collaborates_with', 1, website
    from research_units
),

funded_by as (
    select recipient_org_id, 'organization', 'scheme:' || scheme, 'funding_scheme', 'funded_by',
           coalesce(sum(amount_hkd), 0), any_value(url)
    from funding_awards
    where recipient_org_id is not null
    group by all
),

-- Stories naming both (an article and its other-language twin count once).
mentioned_with as (
    select a.org_id, 'organization', b.org_id, 'organization', 'mentioned_with', count(distinct s.story_id),
           any_value(a.article_id)
    from mentions a join mentions b on a.article_id = b.article_id and a.org_id < b.org_id
    join articles s on s.article_id = a.article_id
    group by all
),

final as (
    select * from member_of
    union all select * from part_of
    union all select * from collaborates_with
    union all select * from funded_by
    union all select * from mentioned_with
)

select from_id, from_type, to_id, to_type, relation, weight, evidence
from final
order by relation, from_id, to_id
