-- The per-firm feedback report and the aggregate report of one survey (:survey, and :firm for
-- the firm's report). The firm's statements filter by firm in SQL, so nothing of another firm
-- is ever read for it.

-- name: surveyMeans
select count(design) as rated,
       avg(design) as design, avg(taste) as taste, avg(price) as price,
       avg(content_volume) as content_volume, avg(package) as package,
       count(*) filter (where want_to_negotiate) as wants
  from survey_rating
 where survey_id = :survey;

-- name: firmProducts
select p.id, p.name, p.category
  from product p
 where p.firm_id = :firm
   and p.id in (select pfp.product_id from project_firm_product pfp
                 where pfp.project_id = (select s.project_id from survey s where s.id = :survey) and pfp.firm_id = :firm
                union
                select r.product_id from survey_rating r where r.survey_id = :survey and r.firm_id = :firm group by r.product_id)
 order by p.name_kana, p.id;

-- name: firmRatings
select product_id, count(design) as rated,
       avg(design) as design, avg(taste) as taste, avg(price) as price,
       avg(content_volume) as content_volume, avg(package) as package,
       count(*) filter (where want_to_negotiate) as wants
  from survey_rating
 where survey_id = :survey and firm_id = :firm
 group by product_id;

-- name: firmComments
select r.product_id, r.comment
  from survey_rating r join survey_response s on s.id = r.response_id
 where r.survey_id = :survey and r.firm_id = :firm and r.comment is not null
 order by s.submitted_at, s.id;

-- name: firmWishes
select r.product_id, p.name, r.consent_to_be_named, c.name as company, c.buyer_type, c.region
  from survey_rating r
  join survey_response s on s.id = r.response_id
  join survey_invitation i on i.id = s.invitation_id
  join buyer_company c on c.id = i.buyer_company_id
  join product p on p.id = r.product_id
 where r.survey_id = :survey and r.firm_id = :firm and r.want_to_negotiate
 order by p.name_kana, p.id, c.name_kana, c.id;

-- name: respondentsByType
select c.buyer_type, count(*) as respondents
  from survey_response s join survey_invitation i on i.id = s.invitation_id join buyer_company c on c.id = i.buyer_company_id
 where s.survey_id = :survey and s.status = 'SUBMITTED'
 group by c.buyer_type
 order by c.buyer_type;

-- name: respondentsByRegion
select c.region, count(*) as respondents
  from survey_response s join survey_invitation i on i.id = s.invitation_id join buyer_company c on c.id = i.buyer_company_id
 where s.survey_id = :survey and s.status = 'SUBMITTED'
 group by c.region
 order by c.region;

-- name: categories
select coalesce(nullif(p.category, ''), '未分類') as category, count(r.design) as rated,
       avg(r.design) as design, avg(r.taste) as taste, avg(r.price) as price,
       avg(r.content_volume) as content_volume, avg(r.package) as package
  from survey_rating r join product p on p.id = r.product_id
 where r.survey_id = :survey
 group by 1
 order by 1;
