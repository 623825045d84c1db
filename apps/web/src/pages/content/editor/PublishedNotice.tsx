// What the editor says on a piece that is already live: edits change Brandwright's copy, not the
// posts out there. None of Brandwright's platform adapters can edit a published post (their port has
// publish and delete only), so the only honest offers are publishing the text as new: a copy as a
// new draft to rework, or scheduling this text again.
import { type Content, PLATFORM_NAMES } from '@brandwright/contracts';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { describeError } from '../../../components/ErrorState';
import { useCreateContent } from '../../../queries/content';
import { draftOf, toCreateInput } from './draft';
import { listInWords } from './listInWords';

/** Platforms whose own apps let a writer edit a live post, though Brandwright cannot yet. */
const EDITABLE_IN_THEIR_APPS = new Set(['linkedin', 'mastodon', 'medium']);

function platformWords(piece: Content): { live: string; editableElsewhere: string | null } {
  const live = listInWords(piece.platforms.map((p) => PLATFORM_NAMES[p]));
  const editable = piece.platforms.filter((p) => EDITABLE_IN_THEIR_APPS.has(p)).map((p) => PLATFORM_NAMES[p]);
  return { live, editableElsewhere: editable.length > 0 ? listInWords(editable) : null };
}

export function PublishedNotice({ piece, onPublishAgain }: { piece: Content; onPublishAgain: () => void }) {
  const navigate = useNavigate();
  const create = useCreateContent();
  // One key per notice: a double click or a retry makes one copy, not two.
  const copyKey = useRef(crypto.randomUUID());
  const { live, editableElsewhere } = platformWords(piece);

  function copyAsDraft() {
    create.mutate(
      { input: toCreateInput(draftOf(piece)), key: copyKey.current },
      { onSuccess: (copy) => void navigate(`/content/${copy.id}`) },
    );
  }

  return (
    <Alert tone="info" title="This piece is live">
      <p>
        It is published on {live}. Edits here change your copy in Brandwright, not the live post: Brandwright
        cannot update a post once it is out on any platform.
        {editableElsewhere
          ? ` To correct the live post itself, edit it in ${editableElsewhere}'s own app.`
          : ` ${live} ${piece.platforms.length > 1 ? 'do' : 'does'} not let apps edit a published post.`}{' '}
        To share changed text, publish it as new; most platforms refuse a post identical to a recent one.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={copyAsDraft} pending={create.isPending} pendingLabel="Copying…">
          Copy as a new draft
        </Button>
        <Button variant="secondary" onClick={onPublishAgain}>
          Publish as a new post…
        </Button>
      </div>
      {create.isError && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-800">
          The copy was not made: {describeError(create.error)}
        </p>
      )}
    </Alert>
  );
}
