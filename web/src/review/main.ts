// The review page's entry (review.html). The page itself is review/page.ts.

import "../styles.css";
import { startReview } from "./page";

startReview();
