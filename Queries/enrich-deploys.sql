-- Fills the PR number, title and author of deploys that carry only a SHA, from the imported git history.
-- A deploy SHA matches a commit when one is a prefix of the other (short SHAs of 7+ characters).
UPDATE deploys
SET pr     = COALESCE(pr,     (SELECT c.pr     FROM commits c WHERE length(deploys.sha) >= 7 AND (c.sha LIKE deploys.sha || '%' OR deploys.sha LIKE c.sha || '%'))),
    title  = COALESCE(title,  (SELECT c.title  FROM commits c WHERE length(deploys.sha) >= 7 AND (c.sha LIKE deploys.sha || '%' OR deploys.sha LIKE c.sha || '%'))),
    author = COALESCE(author, (SELECT c.author FROM commits c WHERE length(deploys.sha) >= 7 AND (c.sha LIKE deploys.sha || '%' OR deploys.sha LIKE c.sha || '%')))
WHERE sha IS NOT NULL AND (pr IS NULL OR title IS NULL OR author IS NULL);
