-- Invitations by address now match e-mail addresses only (never a user name that looks like one).
-- People whose user name is their address and who gave no e-mail were invited by typing it until
-- now: that address is recorded as theirs, unless another account already has it.
UPDATE user_account u
   SET email = u.username
 WHERE u.email IS NULL
   AND u.username LIKE '%_@_%'
   AND NOT EXISTS (SELECT 1 FROM user_account o WHERE lower(o.email) = lower(u.username));
