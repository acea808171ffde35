-- Fills the PR number, title and author of deploys that carry only a SHA, from the imported git history.
-- A deploy SHA matches a commit when it is the commit's SHA or a prefix of it (short SHAs of 7+ characters).
-- The range test (sha >= prefix AND sha < prefix || 'g') uses the commits primary key; hex digits sort below 'g'.
-- Values already on a deploy (from its CI source) are kept.
UPDATE deploys
SET pr     = COALESCE(deploys.pr, c.pr),
    title  = COALESCE(deploys.title, c.title),
    author = COALESCE(deploys.author, c.author)
FROM commits AS c
WHERE deploys.sha IS NOT NULL AND length(deploys.sha) >= 7
  AND (deploys.pr IS NULL OR deploys.title IS NULL OR deploys.author IS NULL)
  AND c.sha >= lower(deploys.sha) AND c.sha < lower(deploys.sha) || 'g';
