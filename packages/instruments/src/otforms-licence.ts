/**
 * The licence of a definition written for otforms: it is ours, so it is
 * released on the package's own terms (package.json and LICENSE: MIT,
 * "otforms contributors").
 */
export function otformsLicence(title: string) {
  return {
    holder: 'otforms contributors',
    terms:
      'MIT licence, as @otforms/instruments: free to use, change and redistribute, including commercially, keeping the copyright notice. Written for otforms; it reproduces no published assessment.',
    attribution: `${title} © otforms contributors, MIT licence.`,
    commercialUseNeedsPermission: false,
  } as const;
}

/**
 * The `source` of a translation we made ourselves, of a definition written
 * for otforms: ours to translate, on the same terms. It asks for review,
 * because no Welsh-speaking occupational therapist has checked it yet.
 */
export const otformsWelshSource = 'Welsh translation by the otforms contributors; MIT licence; wants review by a Welsh-speaking OT';
