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
