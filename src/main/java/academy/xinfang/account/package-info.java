/**
 * Accounts and organisation: users with roles, the department tree (county, townships, departments), login with
 * lockout, password changes, and the administrators' bulk import of officers. Other features learn who the caller
 * is, and an officer's id or a holder's name, from {@link academy.xinfang.account.application.UserDirectory}.
 */
package academy.xinfang.account;
