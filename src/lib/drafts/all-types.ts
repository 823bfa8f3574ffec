// Every draft type, for pages that list all drafts (/ban-nhap/). A feature that adds a type
// registers it in its own module and imports that module here.
import '../calculator/case-draft.ts';
import '../meeting/draft-types.ts';
import '../meeting/review.ts';
import '../meeting/review-record-schema.ts';
import '../meeting/summary-schema.ts';
