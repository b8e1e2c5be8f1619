// Completes the Barthel Index in any host page, the way a person would with
// a pointer: the lowest option of every question, Continue, then Complete.
// Every host must give the same record (total 0), whatever its framework.

/** @param {import('playwright-core').Page} page */
export async function completeBarthel(page) {
  await page.getByRole('heading', { name: 'Activities of daily living' }).waitFor({ timeout: 20_000 });
  for (const group of await page.locator('ot-assessment fieldset').all()) {
    await group.getByRole('radio').first().check();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Complete assessment' }).click();
  await page.getByRole('heading', { name: 'Assessment complete' }).waitFor();
}
