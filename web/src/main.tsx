/** Entry point: mounts the app. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { adoptReviewToken, loadReviews } from "./state/reviews/store";
import "./styles.css";

// Before the URL sync rewrites the address: the review token arrives in the fragment the server printed.
adoptReviewToken();
void loadReviews();

const root = document.getElementById("root");
if (!root) throw new Error("main: #root element missing from index.html");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
