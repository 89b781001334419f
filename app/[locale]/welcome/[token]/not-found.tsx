import { InvalidLinkPage } from "@/components/newcomer/InvalidLinkPage";

/** A not-found under the newcomer's route (a malformed address): the same friendly page as a wrong link. */
export default function WelcomeLinkNotFound() {
  return <InvalidLinkPage />;
}
