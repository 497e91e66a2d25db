-- Articles per month and ecosystem pillar, and of them about AI (an article with two pillars counts in both;
-- one without a pillar under 'no_pillar'), summed over sources.
-- reads: ai_activity_monthly
with final as (
    select month, pillar, sum(articles) as articles, sum(ai_articles) as ai_articles,
           sum(articles - ai_articles) as other_articles
    from ai_activity_monthly
    group by month, pillar
    order by month, pillar
)

select * from final
