import { Route, Routes } from 'react-router-dom';
import { GuidePage } from './guides/guide-page';
import { RolloutAssistantPage } from './rollout-assistant-page';

/** `/admin/rollout/*`: the assistant and its training guides (the kit keeps its own route). */
export function RolloutAssistantRoutes() {
  return (
    <Routes>
      <Route index element={<RolloutAssistantPage />} />
      <Route path="user-guide" element={<GuidePage kind="user" />} />
      <Route path="helpdesk-guide" element={<GuidePage kind="helpdesk" />} />
    </Routes>
  );
}
