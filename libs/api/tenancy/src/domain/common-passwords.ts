/**
 * Passwords of 10+ characters from public breach top lists (NIST SP 800-63B asks to refuse
 * known-compromised values). Compared case-insensitively after trimming.
 */
const COMMON = [
  '1234567890', '0123456789', '12345678910', '1q2w3e4r5t', 'qwertyuiop', 'password1', 'password12', 'password123',
  'password1234', 'passwort123', 'passwort1234', 'passwort12', 'hallo12345', 'hallo123456', 'qwertzuiop', 'asdfghjkl1',
  '1111111111', '0000000000', '9876543210', 'abcdefghij', 'abc1234567', 'iloveyou12', 'sommer2024', 'sommer2025',
  'sommer2026', 'winter2025', 'winter2026', 'fussball123', 'schalke04!', 'bayern1900', 'qwerty12345', 'qwertz12345',
  'letmein123', 'welcome123', 'willkommen', 'willkommen1', 'willkommen123', 'administrator', 'admin12345', 'changeme123',
  'geheim1234', 'knotenpunkt', 'knotenpunkt1', 'knotenpunkt123', 'passwortpasswort', 'passwordpassword', 'aaaaaaaaaa',
  'zxcvbnm123', '1qaz2wsx3edc', 'qazwsxedc123',
];

const common = new Set(COMMON.map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return common.has(password.trim().toLowerCase());
}
